/**
 * Contract §6 (v1.1) additions to a random workbook built by generateRandomWorkbook: the
 * stricter reading's triggers (units used by another service, members outside the
 * Exercice, duplicate acomptes, per-service conventions), support services with their
 * `Ventilations` and the three methods, a tiered service priced by `Paliers`, coalition
 * rows in `CoutsAutonomes` and a `Historique` table, plus one deliberate §6 defect when
 * asked. It edits the serialized tables, so a v1 workbook is only extended, never redrawn.
 */
import type { RawCell, RawTable } from '../../src/engine/input/rawWorkbook';
import type { V11Part } from './engineV11';
import type { GenMember, GenService } from './generatorCells';
import { amountCents, findTable, makeTable, moneyCell, normalize, respell } from './generatorCells';
import type { SeededRandom } from './seededRandom';

/** The deliberate §6 defects of each part (each makes the workbook invalid). */
export const V11_DEFECTS: Readonly<Record<V11Part, readonly string[]>> = {
  stricter: ['orphan-usage-unit'],
  supports: [
    'support-weights-zero',
    'support-singular',
    'support-adhesion',
    'support-negative-cost',
    'ventilations-missing',
    'ventilation-blank-weight',
    'support-no-receiver-direct',
    'support-scenario',
  ],
  paliers: [
    'unknown-palier',
    'palier-missing',
    'paliers-without-rows',
    'palier-negative-cost',
    'two-levels-same-member',
    'palier-duplicate-name',
  ],
  coalitions: ['group-member-twice', 'group-duplicate-set', 'group-unknown-member'],
  historique: ['historique-unknown-member', 'historique-blank-montant'],
};

/** What the v1 builder made, as the §6 additions need it. */
export interface V11World {
  readonly year: number;
  readonly members: readonly GenMember[];
  readonly services: readonly GenService[];
  readonly features: Set<string>;
}

const SUPPORT_NAMES = [
  'Direction des systèmes d’information',
  'Centre de données',
  'Assistance utilisateurs',
  'Sécurité informatique',
];
const LEVEL_NAMES = ['Base', 'Sauvegarde', 'PRA', 'Astreinte 24/7', 'Premium'];
const ENDED_SERVICES = ['Ancien progiciel financier', 'Télécopie'];
const TIERED_SERVICE = 'Hébergement à paliers';

/** Mutable view of one serialized table: column lookup by contract name, rows as arrays. */
class TableEdit {
  readonly headers: RawCell[];
  readonly rows: RawCell[][];

  constructor(readonly table: RawTable) {
    this.headers = [...table.headers];
    this.rows = table.rows.map((row) => [...row]);
  }

  col(name: string): number {
    let i = this.headers.findIndex(
      (h) => typeof h === 'string' && normalize(h) === normalize(name),
    );
    if (i < 0) {
      this.headers.push(name);
      i = this.headers.length - 1;
    }
    return i;
  }

  /** Data rows (entirely blank separator rows left out). */
  data(): RawCell[][] {
    return this.rows.filter((row) => row.some((c) => c !== null));
  }

  get(row: readonly RawCell[], name: string): RawCell {
    return row[this.col(name)] ?? null;
  }

  set(row: RawCell[], name: string, value: RawCell): void {
    const i = this.col(name);
    while (row.length <= i) row.push(null);
    row[i] = value;
  }

  /** A new row from named values, appended (or inserted before data row `at`). */
  add(values: Readonly<Record<string, RawCell>>, at?: number): RawCell[] {
    const row: RawCell[] = this.headers.map(() => null);
    for (const [k, v] of Object.entries(values)) this.set(row, k, v);
    if (at === undefined) this.rows.push(row);
    else {
      const target = this.data()[at];
      this.rows.splice(target ? this.rows.indexOf(target) : this.rows.length, 0, row);
    }
    return row;
  }

  done(): RawTable {
    const width = this.headers.length;
    return {
      ...this.table,
      headers: this.headers,
      rows: this.rows.map((row) => [
        ...row,
        ...Array<RawCell>(Math.max(0, width - row.length)).fill(null),
      ]),
    };
  }
}

function text(cell: RawCell): string {
  return typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
}

/** The workbook's tables, edited in place by name. */
class Tables {
  constructor(
    readonly r: SeededRandom,
    readonly list: RawTable[],
  ) {}

  has(name: string): boolean {
    return this.list.some((t) => normalize(t.name) === normalize(name));
  }

  edit(name: string, f: (t: TableEdit) => void): void {
    const { table, index } = findTable(this.list, name);
    const e = new TableEdit(table);
    f(e);
    this.list[index] = e.done();
  }

  create(name: string, headers: string[]): void {
    this.list.push(makeTable(this.r, name, headers, []));
  }

  remove(name: string): void {
    const { index } = findTable(this.list, name);
    this.list.splice(index, 1);
  }
}

/** Normalized units each service uses (§6.1): its Unité and the units of its Usages rows. */
function usedUnits(t: Tables, world: V11World): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of world.services)
    out.set(normalize(s.name), new Set(s.unit ? [normalize(s.unit)] : []));
  if (t.has('Usages'))
    t.edit('Usages', (u) => {
      for (const row of u.data())
        out.get(normalize(text(u.get(row, 'Service'))))?.add(normalize(text(u.get(row, 'Unité'))));
    });
  return out;
}

function weightCell(r: SeededRandom, zero: boolean): RawCell {
  if (zero) return r.pick<RawCell>([0, '0', '0 %']);
  switch (r.int(0, 4)) {
    case 0:
      return `${r.int(1, 99)} %`;
    case 1:
      return `${r.int(1, 60)},${r.int(0, 9)}`;
    case 2:
      return r.int(1, 999999) / 1000;
    default:
      return r.int(1, 40);
  }
}

/** Whether `method` can pass every support's cost on (mirrors §6.2's error rules). */
function ventilationValid(
  method: 'reciproque' | 'cascade' | 'directe',
  supports: readonly string[],
  links: ReadonlyMap<string, readonly string[]>,
): boolean {
  const isSupport = (x: string): boolean => supports.includes(x);
  for (const [i, s] of supports.entries()) {
    const out = links.get(s) ?? [];
    if (!out.length) return false;
    if (method === 'directe' && !out.some((x) => !isSupport(x))) return false;
    if (method === 'cascade' && !out.some((x) => !isSupport(x) || supports.indexOf(x) > i))
      return false;
    if (method === 'reciproque') {
      const seen = new Set([s]);
      const todo = [s];
      let reached = false;
      while (todo.length && !reached) {
        for (const x of links.get(todo.pop() as string) ?? []) {
          if (!isSupport(x)) reached = true;
          else if (!seen.has(x)) {
            seen.add(x);
            todo.push(x);
          }
        }
      }
      if (!reached) return false;
    }
  }
  return true;
}

function hasPorteur(t: Tables): boolean {
  let found = false;
  t.edit('Membres', (m) => {
    found = m
      .data()
      .some(
        (row) =>
          ['oui', 'o', 'x', 'vrai', 'true', '1'].includes(normalize(text(m.get(row, 'Porteur')))) ||
          m.get(row, 'Porteur') === true,
      );
  });
  return found;
}

function stricter(r: SeededRandom, t: Tables, world: V11World, defect: string | null): void {
  const f = world.features;
  if (r.chance(0.4)) {
    t.edit('Services', (s) => {
      for (const row of s.data())
        if (r.chance(0.5)) s.set(row, 'Convention', `CONV-${r.int(100, 999)}`);
    });
    f.add('v11-service-convention');
  }
  if (r.chance(0.25)) {
    // a member wholly outside the Exercice, appended: it takes part in every service
    // without Adhesions, with presence 0 (§6.1 warning, computation unchanged)
    const before = r.chance(0.5);
    t.edit('Membres', (m) =>
      m.add({
        Membre: 'Ancienne commune associée',
        Type: r.pick<RawCell>(['Commune', null, 'EPCI']),
        'Attribution de compensation': r.int(0, 100000),
        [before ? 'Sortie' : 'Entrée']: before
          ? `${world.year - 1}-12-31`
          : `${world.year + 1}-01-01`,
      }),
    );
    f.add('v11-member-outside-exercice');
  }
  const units = usedUnits(t, world);
  if (t.has('Usages') && r.chance(0.3)) {
    // a unit of another service: warning, the row counts for nothing
    const pairs: { s: GenService; unit: string }[] = [];
    for (const s of world.services) {
      const own = units.get(normalize(s.name)) ?? new Set();
      for (const [other, set] of units)
        if (other !== normalize(s.name))
          for (const u of set) if (!own.has(u)) pairs.push({ s, unit: u });
    }
    if (pairs.length) {
      const { s, unit } = r.pick(pairs);
      const m = r.pick(s.participants);
      t.edit('Usages', (u) =>
        u.add({ Service: respell(r, s.name), Membre: m.name, Unité: unit, Quantité: r.int(0, 30) }),
      );
      f.add('v11-unit-of-other-service');
    }
  }
  if (t.has('Acomptes') && r.chance(0.4)) {
    t.edit('Acomptes', (a) => {
      const rows = a.data();
      const row = rows[r.int(0, rows.length - 1)];
      if (row) a.rows.push([...row]);
    });
    f.add('v11-duplicate-acompte');
  }
  if (defect === 'orphan-usage-unit') {
    const all = new Set([...units.values()].flatMap((x) => [...x]));
    const s = r.pick(world.services);
    const base = [...(units.get(normalize(s.name)) ?? [])][0] ?? 'heures';
    let typo = `${base}x`;
    while (all.has(normalize(typo))) typo += 'x';
    if (!t.has('Usages')) t.create('Usages', ['Service', 'Membre', 'Unité', 'Quantité']);
    t.edit('Usages', (u) =>
      u.add({
        Service: s.name,
        Membre: r.pick(s.participants).name,
        Unité: typo,
        Quantité: r.int(1, 9),
      }),
    );
  }
}

function supports(r: SeededRandom, t: Tables, world: V11World, defect: string | null): void {
  const f = world.features;
  const count = defect === 'support-singular' ? r.int(2, 3) : r.pick([1, 2, 2, 3, 3]);
  const names = r.shuffle(SUPPORT_NAMES).slice(0, count);
  const receivers = world.services.map((s) => s.name);
  let dataRows = 0;
  t.edit('Services', (s) => {
    dataRows = s.data().length;
  });
  // insert each support at a random place in Services order (cascade order and ties)
  t.edit('Services', (s) => {
    for (const name of names) {
      const row: Record<string, RawCell> = {
        Service: name,
        Modèle: r.pick(['Service support', 'service support', 'SERVICE_SUPPORT']),
      };
      if (r.chance(0.15)) {
        const col = r.pick(['Clé', 'Unité', 'Échéances', 'Frais de gestion', 'Règlement']);
        row[col] =
          {
            Clé: 'Égalitaire',
            Unité: 'Heures',
            Échéances: 3,
            'Frais de gestion': '150 %',
            Règlement: 'Titre',
          }[col] ?? null;
        f.add('v11-support-ignored-column');
      }
      if (r.chance(0.1)) row['Coût unitaire'] = 12.5;
      s.add(row, r.int(0, dataRows));
      dataRows++;
    }
  });
  let order: string[] = [];
  t.edit('Services', (s) => {
    order = s.data().map((row) => text(s.get(row, 'Service')));
  });
  const supportOrder = order.filter((n) => names.includes(n));
  const methodRoll = r.next();
  let method: 'reciproque' | 'cascade' | 'directe' =
    methodRoll < 0.5 ? 'reciproque' : methodRoll < 0.75 ? 'cascade' : 'directe';
  if (defect === 'support-singular') method = 'reciproque';
  if (defect === 'support-no-receiver-direct') method = 'directe';
  f.add(`v11-ventilation-${method}`);
  if (method !== 'reciproque' || r.chance(0.5)) {
    const spelled = {
      reciproque: r.pick(['Réciproque', 'reciproque']),
      cascade: r.pick(['En cascade', 'en_cascade']),
      directe: r.pick(['Directe', 'DIRECTE']),
    }[method];
    t.edit('Parametres', (p) => p.add({ Paramètre: 'Méthode de ventilation', Valeur: spelled }));
  }
  // charges: D_s ≥ 0
  t.edit('Charges', (c) => {
    for (const name of names) {
      if (r.chance(0.1)) continue; // no charge: D_s = 0
      const lines = r.int(1, 3);
      let total = 0;
      for (let i = 0; i < lines; i++) {
        const cents = amountCents(r);
        total += cents;
        c.add({
          Service: respell(r, name),
          Libellé: `Support ${i + 1}`,
          Montant: moneyCell(r, cents),
        });
      }
      if (r.chance(0.15))
        c.add({ Service: name, Libellé: 'Hors base', Montant: 500, Éligible: 'Non' });
      if (r.chance(0.1) && total > 2)
        c.add({ Service: name, Libellé: 'Subvention', Montant: -Math.floor(total / 2) / 100 });
      if (defect === 'support-negative-cost' && name === names[0])
        c.add({ Service: name, Libellé: 'Subvention', Montant: -(total + 100) / 100 });
    }
  });
  // links: support -> receivers with a positive weight
  const links = new Map<string, string[]>();
  const draw = (s: string, onlySupports: boolean): string[] => {
    const others = receivers.filter(() => !onlySupports);
    const sups = names.filter((x) => x !== s);
    const out = [
      ...(others.length ? r.subset(others, onlySupports ? 0 : 1, Math.min(others.length, 4)) : []),
      ...(sups.length && (onlySupports || r.chance(0.7)) ? r.subset(sups, 1, sups.length) : []),
    ];
    return out;
  };
  for (const s of names) links.set(s, draw(s, names.length > 1 && r.chance(0.35)));
  if (defect === 'support-singular') {
    const [a, b] = names as [string, string];
    links.set(a, [b]);
    links.set(b, [a]);
    for (const x of names.slice(2)) links.set(x, draw(x, false));
  } else if (defect === 'support-no-receiver-direct') {
    const [a] = names as [string];
    links.set(a, names.length > 1 ? names.filter((x) => x !== a) : []);
  } else if (defect === 'support-weights-zero') {
    for (const x of names.slice(1)) links.set(x, draw(x, false));
  } else {
    for (const s of names) {
      if (!ventilationValid(method, supportOrder, links)) {
        const others = links.get(s) ?? [];
        links.set(s, [...others, r.pick(receivers)]);
      }
    }
    if (!ventilationValid(method, supportOrder, links))
      for (const s of names) links.set(s, [...(links.get(s) ?? []), r.pick(receivers)]);
  }
  if (defect === 'ventilations-missing') return;
  t.create('Ventilations', ['Service support', 'Service', 'Poids']);
  t.edit('Ventilations', (v) => {
    for (const s of names) {
      const zeroAll = defect === 'support-weights-zero' && s === names[0];
      for (const target of links.get(s) ?? []) {
        v.add({
          'Service support': respell(r, s),
          Service: respell(r, target),
          Poids: weightCell(r, zeroAll),
        });
        if (r.chance(0.1)) {
          v.add({ 'Service support': s, Service: target, Poids: weightCell(r, zeroAll) });
          f.add('v11-ventilation-pair-twice');
        }
      }
      if (zeroAll && !(links.get(s) ?? []).length)
        v.add({ 'Service support': s, Service: r.pick(receivers), Poids: 0 });
      if (r.chance(0.15)) {
        v.add({ 'Service support': s, Service: r.pick(receivers), Poids: 0 });
        f.add('v11-ventilation-zero-weight');
      }
      if (r.chance(0.1)) {
        v.add({ 'Service support': s, Service: s, Poids: weightCell(r, false) });
        f.add('v11-ventilation-self-row');
      }
    }
    if (defect === 'ventilation-blank-weight') {
      // not on a self row: that one is ignored before its weight is read (FINDINGS, v1.1 point 3)
      const rows = v
        .data()
        .filter(
          (row) =>
            normalize(text(v.get(row, 'Service support'))) !==
            normalize(text(v.get(row, 'Service'))),
        );
      const row = rows[r.int(0, rows.length - 1)];
      if (row) v.set(row, 'Poids', null);
    }
  });
  if (names.length > 1 && [...links.values()].some((l) => l.some((x) => names.includes(x))))
    f.add('v11-supports-serve-each-other');
  if (defect === 'support-adhesion') {
    if (!t.has('Adhesions')) t.create('Adhesions', ['Service', 'Membre']);
    t.edit('Adhesions', (a) =>
      a.add({ Service: names[0] ?? null, Membre: world.members[0]?.name ?? null }),
    );
  }
  if (defect === 'support-scenario') {
    if (!t.has('Scenarios')) t.create('Scenarios', ['Scénario', 'Service', 'Clé']);
    t.edit('Scenarios', (sc) =>
      sc.add({ Scénario: 'Variante', Service: names[0] ?? null, Clé: 'Égalitaire' }),
    );
  }
  f.add('v11-supports');
}

function paliers(r: SeededRandom, t: Tables, world: V11World, defect: string | null): void {
  const f = world.features;
  const porteur = hasPorteur(t);
  const present = world.members.filter((m) => m.present);
  let participants = r.chance(0.5)
    ? [...world.members]
    : r.subset(world.members, 1, world.members.length);
  if (!participants.some((m) => m.present))
    participants = [present[0] as GenMember, ...participants];
  participants = world.members.filter((m) => participants.includes(m));
  const count = r.int(1, 4);
  const names = r.shuffle(LEVEL_NAMES).slice(0, count);
  let cost = r.int(1, 500000);
  const levels = names.map((name) => {
    const c = cost;
    cost += r.chance(0.2) ? 0 : r.int(1, 300000); // equal costs: ordered by table order
    return { name, cents: c };
  });
  if (levels.some((l, i) => i > 0 && l.cents === (levels[i - 1] as { cents: number }).cents))
    f.add('v11-palier-cost-tie');
  const key = r.pick([
    'Paliers',
    'paliers',
    '70 % Paliers + 30 % Égalitaire',
    '50% Égalitaire + 50% PALIERS',
  ]);
  t.edit('Services', (s) =>
    s.add({
      Service: TIERED_SERVICE,
      Modèle: porteur ? 'Service commun' : 'Groupement de commandes',
      Clé: key,
      Exécution: porteur ? null : 'Séparée',
      Échéances: r.pick<RawCell>([null, 1, 4, 12]),
    }),
  );
  t.edit('Charges', (c) => {
    c.add({
      Service: TIERED_SERVICE,
      Libellé: 'Hébergement',
      Montant: moneyCell(r, amountCents(r)),
    });
    if (r.chance(0.5))
      c.add({
        Service: TIERED_SERVICE,
        Libellé: 'Sauvegardes',
        Montant: moneyCell(r, amountCents(r)),
      });
  });
  const table = r.shuffle(levels);
  if (defect !== 'paliers-without-rows') {
    if (!t.has('Paliers')) t.create('Paliers', ['Service', 'Palier', 'Coût']);
    t.edit('Paliers', (p) => {
      for (const l of table)
        p.add({
          Service: respell(r, TIERED_SERVICE),
          Palier: l.name,
          Coût: moneyCell(
            r,
            defect === 'palier-negative-cost' && l === table[0] ? -l.cents : l.cents,
          ),
        });
      if (defect === 'palier-duplicate-name')
        p.add({ Service: TIERED_SERVICE, Palier: table[0]?.name ?? 'Base', Coût: 1 });
    });
  }
  if (!t.has('Adhesions')) t.create('Adhesions', ['Service', 'Membre']);
  t.edit('Adhesions', (a) => {
    const rows = participants.map((m) =>
      a.add({
        Service: respell(r, TIERED_SERVICE),
        Membre: respell(r, m.name),
        Palier: respell(r, r.pick(levels).name),
      }),
    );
    const victim = rows[r.int(0, rows.length - 1)] as RawCell[];
    if (defect === 'unknown-palier') a.set(victim, 'Palier', 'Platine');
    if (defect === 'palier-missing') a.set(victim, 'Palier', null);
    if (defect === 'two-levels-same-member') {
      const copy = [...victim];
      const other = levels.find(
        (l) => normalize(l.name) !== normalize(text(a.get(victim, 'Palier'))),
      );
      a.set(copy, 'Palier', other ? other.name : 'Platine');
      a.rows.push(copy);
    }
    if (r.chance(0.2)) {
      // a Palier on a service whose keys do not use Paliers: warning only (§6.3, §6.6)
      const row = a
        .data()
        .find((x) => normalize(text(a.get(x, 'Service'))) !== normalize(TIERED_SERVICE));
      if (row) {
        a.set(row, 'Palier', r.pick(['Base', 'Inconnu']));
        f.add('v11-palier-without-effect');
      }
    }
  });
  f.add('v11-paliers');
}

function coalitions(r: SeededRandom, t: Tables, world: V11World, defect: string | null): void {
  const f = world.features;
  if (world.members.length < 2) return;
  if (!t.has('CoutsAutonomes')) t.create('CoutsAutonomes', ['Membre', 'Montant']);
  const join = (ms: readonly GenMember[]): string =>
    ms.map((m) => respell(r, m.name)).join(r.pick([' + ', '+', ' +  ']));
  t.edit('CoutsAutonomes', (c) => {
    const groups: GenMember[][] = [];
    for (let k = r.int(1, 3); k > 0; k--) {
      const g = r.subset(world.members, 2, Math.min(4, world.members.length));
      if (groups.some((x) => x.length === g.length && x.every((m) => g.includes(m)))) continue;
      groups.push(g);
      c.add({ Membre: join(r.shuffle(g)), Montant: moneyCell(r, amountCents(r)) });
    }
    const first = groups[0] as GenMember[];
    if (defect === 'group-duplicate-set')
      c.add({ Membre: join([...first].reverse()), Montant: 100 });
    if (defect === 'group-member-twice')
      c.add({ Membre: join([first[0] as GenMember, ...first]), Montant: 100 });
    if (defect === 'group-unknown-member')
      c.add({
        Membre: `${first[0]?.name ?? ''} + ${r.pick(['', 'Commune inconnue'])}`,
        Montant: 100,
      });
  });
  f.add('v11-coalitions');
}

function historique(r: SeededRandom, t: Tables, world: V11World, defect: string | null): void {
  const f = world.features;
  t.create('Historique', ['Membre', 'Service', 'Montant']);
  t.edit('Historique', (h) => {
    for (const s of world.services)
      for (const m of s.participants) {
        if (r.chance(0.4)) continue;
        const cents = amountCents(r);
        h.add({
          Membre: respell(r, m.name),
          Service: respell(r, s.name),
          Montant: r.chance(0.1) ? cents / 1000 : moneyCell(r, cents),
        });
        if (r.chance(0.1))
          h.add({ Membre: m.name, Service: s.name, Montant: moneyCell(r, amountCents(r, true)) });
      }
    if (r.chance(0.6)) {
      const ended = r.pick(ENDED_SERVICES);
      for (const m of r.subset(world.members, 1, world.members.length))
        h.add({
          Membre: respell(r, m.name),
          Service: ended,
          Montant: moneyCell(r, amountCents(r)),
        });
      f.add('v11-ended-service');
    }
    if (defect === 'historique-unknown-member')
      h.add({ Membre: 'Commune disparue', Service: world.services[0]?.name ?? null, Montant: 10 });
    if (defect === 'historique-blank-montant')
      h.add({
        Membre: world.members[0]?.name ?? null,
        Service: world.services[0]?.name ?? null,
        Montant: null,
      });
  });
  f.add('v11-historique');
}

/**
 * Adds the enabled §6 parts to `tables` (each part in about half of the workbooks; always
 * the part of `defect`, which is then planted).
 */
export function addV11Features(
  r: SeededRandom,
  world: V11World,
  tables: RawTable[],
  parts: readonly V11Part[],
  defect: string | null,
): void {
  const t = new Tables(r, tables);
  const partOf = (p: V11Part): string | null =>
    defect && V11_DEFECTS[p].includes(defect) ? defect : null;
  const on = (p: V11Part): boolean => parts.includes(p) && (partOf(p) !== null || r.chance(0.5));
  if (on('stricter')) stricter(r, t, world, partOf('stricter'));
  if (on('supports')) supports(r, t, world, partOf('supports'));
  if (on('paliers')) paliers(r, t, world, partOf('paliers'));
  if (on('coalitions')) coalitions(r, t, world, partOf('coalitions'));
  if (on('historique')) historique(r, t, world, partOf('historique'));
}
