/**
 * Seeded generator of random RawWorkbook values for the differential test: valid
 * workbooks that exercise every part of the contract (three models, composite keys,
 * usages, direct and negative charge lines, fees, installments, presence dates,
 * régularisation, scenarios, stand-alone costs, rounding units and methods, small
 * amounts so that the 15 € floor and its carry-over trigger often), plus a share of
 * deliberately invalid variants that both implementations must refuse.
 *
 * Money values are generated as integer cents and written as JS numbers k/100 (whose
 * shortest round-trip text is the decimal itself) or as French/English text.
 */
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine/input/rawWorkbook';
import type { V11Part } from './engineV11';
import { addV11Features, V11_DEFECTS } from './generateV11Features';
import type { GenMember, GenService, GenUsage, Model } from './generatorCells';
import {
  KEY_UNITS,
  MAD_UNITS,
  MEMBER_BASES,
  SERVICE_BASES,
  TYPES,
  amountCents,
  dateCell,
  decimalNumber,
  falseCell,
  findTable,
  makeTable,
  moneyCell,
  normalize,
  randomIso,
  rateCell,
  respell,
  trueCell,
  withCell,
  withRow,
} from './generatorCells';
import { SeededRandom } from './seededRandom';

/** A generated workbook with what the generator meant it to be. */
export interface GeneratedWorkbook {
  readonly seed: number;
  readonly workbook: RawWorkbook;
  /** True when the generator built a valid workbook; false for a deliberate defect. */
  readonly expectValid: boolean;
  /** Name of the deliberate defect, null for a valid workbook. */
  readonly defect: string | null;
  /** Features the workbook exercises (for coverage counts in long runs). */
  readonly features: readonly string[];
}

/** The deliberate defects, each of which makes a workbook invalid under the contract. */
export const DEFECTS = [
  'unknown-service',
  'weights-not-100',
  'two-porteurs',
  'criterion-total-zero',
  'entree-after-sortie',
  'comma-and-dot',
  'rate-above-1',
  'bad-echeances',
  'unknown-member',
  'blank-montant',
  'reserved-scenario',
  'direct-line-on-mad',
] as const;

/** Builder state of one workbook. */
class Builder {
  readonly year: number;
  readonly members: GenMember[] = [];
  readonly services: GenService[] = [];
  readonly usages: GenUsage[] = [];
  readonly charges: RawCell[][] = [];
  readonly scenarios: RawCell[][] = [];
  readonly features = new Set<string>();
  readonly criteriaColumns: string[];
  /** Whole workbook in small amounts (floor and carry-over nearly everywhere). */
  readonly small: boolean;

  constructor(readonly r: SeededRandom) {
    this.year = r.pick([2026, 2026, 2025, 2024, 2027]);
    this.small = r.chance(0.4);
    if (this.small) this.features.add('small-amounts');
    this.criteriaColumns = ['Population', 'Agents'];
    if (r.chance(0.7)) this.criteriaColumns.push('Postes');
    if (r.chance(0.2)) this.criteriaColumns.push('Surface (m²)');
  }

  addMembers(porteurMode: 'first' | 'random' | 'none', needAc: boolean): void {
    const r = this.r;
    const n = r.int(2, 15);
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      let name = r.pick(MEMBER_BASES);
      if (used.has(normalize(name))) name = `${name} ${i + 1}`;
      used.add(normalize(name));
      const criteria = new Map<string, number>();
      criteria.set('Population', r.chance(0.1) ? 0 : r.int(1, 120000));
      criteria.set('Agents', decimalNumber(r, 400, 6));
      criteria.set('Postes', r.int(0, 300));
      criteria.set('Surface (m²)', decimalNumber(r, 5000, 2));
      let entree: string | null = null;
      let sortie: string | null = null;
      if (r.chance(0.25)) {
        if (r.chance(0.7)) entree = randomIso(r, this.year);
        if (r.chance(0.5)) sortie = randomIso(r, this.year);
        if (entree && sortie && entree > sortie) [entree, sortie] = [sortie, entree];
        this.features.add('presence');
      } else if (r.chance(0.03)) {
        // presence wholly outside the Exercice: share 0 on member criteria, every period kept
        if (r.chance(0.5)) entree = `${this.year + 1}-0${r.int(1, 9)}-15`;
        else sortie = `${this.year - 1}-1${r.int(0, 2)}-2${r.int(0, 8)}`;
        this.features.add('absent-member');
      }
      const previous = this.members[this.members.length - 1];
      if (previous && r.chance(0.15)) {
        // same criteria as the member above: equal remainders, broken by Membres order
        for (const [k, v] of previous.criteria) criteria.set(k, v);
        this.features.add('equal-criteria');
      }
      const present = !(
        (entree !== null && entree > `${this.year}-12-31`) ||
        (sortie !== null && sortie < `${this.year}-01-01`)
      );
      const siretRoll = r.next();
      this.members.push({
        name,
        porteur: false,
        ac: needAc || r.chance(0.3) ? r.int(-50000, 30000000) : null,
        entree,
        sortie,
        present,
        criteria,
        type: r.chance(0.6) ? r.pick(TYPES) : r.chance(0.1) ? 'Association' : null,
        siret:
          siretRoll < 0.4
            ? null
            : siretRoll < 0.7
              ? String(21000000000000 + r.int(0, 999999999))
              : siretRoll < 0.9
                ? 21000000000000 + r.int(0, 999999999)
                : String(210000000 + r.int(0, 99999)),
      });
    }
    if (!this.members.some((m) => m.present)) {
      const m0 = this.members[0] as GenMember;
      m0.entree = null;
      m0.sortie = null;
      m0.present = true;
    }
    if (porteurMode !== 'none') {
      const p = porteurMode === 'first' ? (this.members[0] as GenMember) : r.pick(this.members);
      p.porteur = true;
      this.features.add('porteur');
    } else {
      this.features.add('no-porteur');
    }
  }

  /** Participants: every member, or an Adhesions subset holding at least one present member. */
  chooseParticipants(): { participants: GenMember[]; adhesions: boolean } {
    const r = this.r;
    if (!r.chance(0.35)) return { participants: [...this.members], adhesions: false };
    let subset = r.subset(this.members, 1, this.members.length);
    if (!subset.some((m) => m.present)) {
      const present = this.members.find((m) => m.present) as GenMember;
      subset = this.members.filter((m) => m === present || subset.includes(m));
    }
    this.features.add('adhesions');
    return { participants: subset, adhesions: true };
  }

  addUsage(service: GenService, member: GenMember, unit: string, qty: number): void {
    const r = this.r;
    const quantity: RawCell = r.chance(0.85) ? qty : String(qty).replace('.', ',');
    this.usages.push({ service, member, unit, quantity, positive: qty > 0 });
  }

  usageTotal(service: GenService, unit: string): number {
    return this.usages.filter(
      (u) =>
        u.service === service &&
        normalize(u.unit) === normalize(unit) &&
        u.positive &&
        service.participants.includes(u.member),
    ).length;
  }

  /** Usage rows of `unit` for the participants of `service` (positive total guaranteed). */
  addUnitUsages(service: GenService, unit: string): void {
    const r = this.r;
    if (this.usages.some((u) => u.service === service && normalize(u.unit) === normalize(unit)))
      return;
    for (const m of service.participants) {
      if (r.chance(0.2)) continue;
      const qty = r.chance(0.15) ? 0 : r.chance(0.7) ? r.int(1, 200) : decimalNumber(r, 50, 6);
      this.addUsage(service, m, respell(r, unit), qty);
      if (r.chance(0.1)) this.addUsage(service, m, unit, r.int(0, 20)); // same triple: adds up
    }
    if (this.usageTotal(service, unit) === 0) {
      this.addUsage(service, service.participants[0] as GenMember, unit, r.int(1, 50));
    }
  }

  /** A valid key expression for `service`, creating the usages or criterion values it needs. */
  makeKey(service: GenService): string {
    const r = this.r;
    const pool: string[] = [...this.criteriaColumns, 'Égalitaire', r.pick(KEY_UNITS)];
    const count = r.chance(0.45) ? 1 : r.int(2, 3);
    const criteria = r.shuffle(pool).slice(0, count);
    const terms: { weightTenths: number; name: string }[] = [];
    if (count === 1) {
      terms.push({ weightTenths: 1000, name: criteria[0] as string });
    } else {
      const cuts = new Set<number>();
      while (cuts.size < count - 1) cuts.add(r.chance(0.7) ? r.int(1, 99) * 10 : r.int(1, 999));
      const sorted = [...cuts].sort((a, b) => a - b);
      let prev = 0;
      criteria.forEach((name, i) => {
        const next = i < sorted.length ? (sorted[i] as number) : 1000;
        terms.push({ weightTenths: next - prev, name });
        prev = next;
      });
      if (r.chance(0.05)) terms.push({ weightTenths: 0, name: 'Égalitaire' });
      this.features.add('composite-key');
    }
    for (const t of terms) {
      if (t.name === 'Égalitaire') continue;
      if (KEY_UNITS.includes(t.name)) {
        this.addUnitUsages(service, t.name);
        this.features.add('usage-key');
      } else if (t.weightTenths > 0) {
        const present = service.participants.filter((m) => m.present);
        if (!present.some((m) => (m.criteria.get(t.name) ?? 0) > 0)) {
          (present[0] as GenMember).criteria.set(t.name, r.int(1, 100));
        }
      }
    }
    const spell = (name: string): string =>
      name === 'Égalitaire'
        ? r.pick(['Égalitaire', 'Egalitaire', 'Parts égales', 'égalitaire'])
        : respell(r, name);
    if (count === 1 && terms.length === 1) {
      const only = terms[0] as { name: string };
      return r.chance(0.85) ? spell(only.name) : `100 % ${spell(only.name)}`;
    }
    return terms
      .map((t) => {
        const w =
          t.weightTenths % 10 === 0
            ? String(t.weightTenths / 10)
            : (t.weightTenths / 10).toFixed(1).replace('.', r.chance(0.6) ? ',' : '.');
        return `${w}${r.pick(['%', ' %'])} ${spell(t.name)}`;
      })
      .join(r.pick([' + ', '+', ' +  ']));
  }

  addServices(porteurMode: 'first' | 'random' | 'none', forceSc: boolean): void {
    const r = this.r;
    const n = r.int(1, 6);
    const names = r.shuffle(SERVICE_BASES).slice(0, n);
    names.forEach((name, idx) => {
      let model: Model = r.pick<Model>(['MAD', 'MAD', 'SC', 'SC', 'SC', 'G', 'G']);
      if (porteurMode === 'none') model = r.chance(0.7) ? 'SC' : 'G';
      if (forceSc && idx === 0) model = 'SC';
      const { participants, adhesions } = this.chooseParticipants();
      const s: GenService = {
        name,
        model,
        key: null,
        unit: null,
        unitCost: null,
        rate: null,
        ac: false,
        separee: false,
        account: r.chance(0.6) ? null : r.pick<RawCell>(['7087', '70875', 70876, '70878']),
        echeances: r.pick<RawCell>([null, 1, 2, 4, 12, 12, 4, '12', '4']),
        participants,
        adhesions,
      };
      this.services.push(s);
      this.features.add(`model-${model}`);
      if (model === 'MAD') {
        s.unit = r.pick(MAD_UNITS);
        if (r.chance(0.3)) {
          s.unitCost = decimalNumber(r, 80, r.pick([2, 3, 4]));
          this.features.add('fixed-unit-cost');
        }
        if (r.chance(0.05)) s.rate = rateCell(r); // warning: ignored
        for (const m of participants) {
          if (r.chance(0.15)) continue;
          const qty = r.chance(0.1) ? 0 : r.chance(0.6) ? r.int(1, 120) : decimalNumber(r, 40, 6);
          this.addUsage(s, m, respell(r, s.unit), qty);
        }
        if (s.unitCost === null && this.usageTotal(s, s.unit) === 0) {
          this.addUsage(s, participants[0] as GenMember, s.unit, r.int(1, 30));
        }
      } else {
        s.key = this.makeKey(s);
        if (model === 'SC') {
          if (porteurMode === 'none' || r.chance(0.25)) {
            s.ac = true;
            this.features.add('ac');
            for (const m of participants) if (m.ac === null) m.ac = r.int(0, 20000000);
          }
          if (r.chance(0.3)) {
            s.rate = rateCell(r);
            this.features.add('overhead');
          }
        } else {
          // without a porteur nothing may be billed: a separate groupement without fee
          s.separee = porteurMode === 'none' || r.chance(0.3);
          if (s.separee) this.features.add('separee');
          if (porteurMode !== 'none' && r.chance(0.5)) {
            s.rate = rateCell(r);
            this.features.add('fee');
          }
        }
      }
      this.addCharges(s);
    });
  }

  addCharges(s: GenService): void {
    const r = this.r;
    const lines = r.int(1, 5);
    for (let i = 0; i < lines; i++) {
      let cents = amountCents(r, this.small);
      if (r.chance(0.1)) {
        cents = -Math.floor(cents / r.int(2, 5));
        this.features.add('negative-line');
      }
      let member: GenMember | null = null;
      if (s.model !== 'MAD' && r.chance(0.2)) {
        member = r.pick(s.participants);
        this.features.add('direct-line');
      }
      let eligible: RawCell = r.chance(0.7) ? null : trueCell(r);
      if (r.chance(0.1)) {
        eligible = falseCell(r);
        this.features.add('non-eligible');
      }
      if (i === 0 && r.chance(0.06)) {
        // a subsidy larger than the costs: negative base, negative quote-parts and fees
        this.charges.push([
          respell(r, s.name),
          'Subvention',
          null,
          null,
          -r.int(100000, 50000000) / 100,
          null,
          null,
          null,
        ]);
        this.features.add('negative-base');
      }
      if (r.chance(0.02)) {
        // an amount with more decimals than the rounding unit (exact cost bases)
        this.charges.push([
          respell(r, s.name),
          'Prorata',
          null,
          null,
          r.int(-5000, 500000) / 1000,
          null,
          null,
          null,
        ]);
        this.features.add('amount-3-decimals');
      }
      const label: RawCell = r.chance(0.03) ? { kind: 'error', code: '#N/A' } : `Ligne ${i + 1}`;
      this.charges.push([
        respell(r, s.name),
        label,
        r.pick([
          'Personnel',
          'Fournitures',
          'Renouvellement',
          'Contrats de services',
          'Fluides',
          'Autre',
          null,
        ]),
        r.chance(0.8) ? null : r.pick(['Fonctionnement', 'Investissement']),
        moneyCell(r, cents),
        eligible,
        member ? respell(r, member.name) : null,
        r.chance(0.1) ? 'commentaire libre' : null,
      ]);
    }
  }

  addScenarios(): void {
    const r = this.r;
    const keyed = this.services.filter((s) => s.model !== 'MAD');
    const mads = this.services.filter((s) => s.model === 'MAD');
    const count = r.int(1, 3);
    for (let k = 0; k < count; k++) {
      const name =
        r.pick([
          'Scénario A',
          'Tout population',
          'Option 2',
          'Variante égalitaire',
          'Hypothèse 2027',
        ]) + (k ? ` ${k}` : '');
      for (const s of r.subset(keyed, 1, 3))
        this.scenarios.push([respell(r, name), respell(r, s.name), this.makeKey(s)]);
      if (mads.length && r.chance(0.1))
        this.scenarios.push([name, r.pick(mads).name, 'Égalitaire']);
    }
    this.features.add('scenarios');
  }
}

function serialize(b: Builder, extras: { standalone: boolean; acomptes: boolean }): RawTable[] {
  const r = b.r;
  const tables: RawTable[] = [];
  const params: RawCell[][] = [['Exercice', r.chance(0.8) ? b.year : String(b.year)]];
  if (r.chance(0.5)) params.push(['Organisme', 'Communauté de communes du Pays']);
  if (r.chance(0.5)) params.push(['Convention', 'CONV-2026-012']);
  if (r.chance(0.3)) params.push(["Date d'émission", dateCell(r, `${b.year}-03-15`)]);
  const roll = r.next();
  if (roll < 0.1) {
    params.push(['Arrondi', 1]);
    b.features.add('arrondi-1');
  } else if (roll < 0.2) {
    params.push(['Arrondi', r.pick<RawCell>([0.05, '0,05'])]);
    b.features.add('arrondi-0.05');
  } else if (roll < 0.23) {
    params.push(['Arrondi', 0.001]);
    b.features.add('arrondi-0.001');
  } else if (roll < 0.4) params.push(['Arrondi', 0.01]);
  if (r.chance(0.15)) {
    params.push(["Méthode d'arrondi", r.pick(['Ligne à ligne', 'ligne a ligne', 'LIGNE_À_LIGNE'])]);
    b.features.add('ligne-a-ligne');
  } else if (r.chance(0.1)) params.push(['Méthode d’arrondi', 'Plus forts restes']);
  if (r.chance(0.2))
    params.push(['Arrondi coût unitaire', r.pick<RawCell>([0.01, 0.001, 0.00001, '0,01'])]);
  if (r.chance(0.2)) params.push(['Premier numéro de titre', r.int(1, 500)]);
  if (r.chance(0.15)) {
    params.push(['Seuil minimal de titre', r.pick<RawCell>([0, 5, 30, '15'])]);
    b.features.add('seuil');
  }
  tables.push(
    makeTable(r, r.pick(['Parametres', 'Paramètres']), ['Paramètre', 'Valeur'], r.shuffle(params)),
  );

  const memberHeaders = [
    'Membre',
    'Type',
    'SIRET',
    'Porteur',
    'Attribution de compensation',
    'Entrée',
    'Sortie',
    ...b.criteriaColumns,
    'Commentaire',
  ];
  tables.push(
    makeTable(
      r,
      'Membres',
      memberHeaders,
      b.members.map((m) => [
        m.name,
        m.type,
        m.siret,
        m.porteur ? trueCell(r) : r.chance(0.5) ? null : falseCell(r),
        m.ac === null ? null : moneyCell(r, m.ac),
        m.entree ? dateCell(r, m.entree) : null,
        m.sortie ? dateCell(r, m.sortie) : null,
        ...b.criteriaColumns.map((c): RawCell => {
          const v = m.criteria.get(c) ?? 0;
          if (v === 0 && r.chance(0.3)) return null;
          if (c === 'Population' && r.chance(0.1))
            return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
          return v;
        }),
        r.chance(0.3) ? 'note' : null,
      ]),
    ),
  );
  tables.push(
    makeTable(
      r,
      'Services',
      [
        'Service',
        'Modèle',
        'Clé',
        'Unité',
        'Coût unitaire',
        'Frais de gestion',
        'Règlement',
        'Exécution',
        'Compte',
        'Échéances',
      ],
      b.services.map((s) => [
        s.name,
        s.model === 'MAD'
          ? r.pick(['Mise à disposition', 'mise a disposition'])
          : s.model === 'SC'
            ? r.pick(['Service commun', 'SERVICE COMMUN'])
            : 'Groupement de commandes',
        s.key,
        s.unit,
        s.unitCost,
        s.rate,
        s.model === 'SC'
          ? s.ac
            ? r.pick(['Attribution de compensation', 'attribution_de_compensation'])
            : r.chance(0.5)
              ? 'Titre'
              : null
          : null,
        s.model === 'G'
          ? s.separee
            ? r.pick(['Séparée', 'separee'])
            : r.chance(0.5)
              ? 'Conjointe'
              : null
          : null,
        s.account,
        s.echeances,
      ]),
    ),
  );
  tables.push(
    makeTable(
      r,
      'Charges',
      ['Service', 'Libellé', 'Nature', 'Section', 'Montant', 'Éligible', 'Membre', 'Commentaire'],
      b.charges,
    ),
  );
  if (b.usages.length) {
    tables.push(
      makeTable(
        r,
        'Usages',
        ['Service', 'Membre', 'Unité', 'Quantité'],
        b.usages.map((u) => [
          respell(r, u.service.name),
          respell(r, u.member.name),
          u.unit,
          u.quantity,
        ]),
      ),
    );
  }
  const adhesions: RawCell[][] = [];
  for (const s of b.services)
    if (s.adhesions)
      for (const m of s.participants) adhesions.push([respell(r, s.name), respell(r, m.name)]);
  if (adhesions.length)
    tables.push(makeTable(r, 'Adhesions', ['Service', 'Membre'], r.shuffle(adhesions)));
  if (b.scenarios.length)
    tables.push(makeTable(r, 'Scenarios', ['Scénario', 'Service', 'Clé'], b.scenarios));
  if (extras.standalone) {
    const rows = r
      .subset(b.members, 1, b.members.length)
      .map((m) => [respell(r, m.name), moneyCell(r, amountCents(r))]);
    tables.push(makeTable(r, 'CoutsAutonomes', ['Membre', 'Montant'], rows));
    b.features.add('standalone');
  }
  if (extras.acomptes) {
    const rows: RawCell[][] = [];
    for (const s of b.services) {
      for (const m of s.participants) {
        if (r.chance(m.porteur || s.ac ? 0.05 : 0.6))
          rows.push([respell(r, m.name), respell(r, s.name), moneyCell(r, amountCents(r))]);
      }
    }
    if (!rows.length) {
      const s = b.services[0] as GenService;
      rows.push([(s.participants[0] as GenMember).name, s.name, 0]);
    }
    tables.push(makeTable(r, 'Acomptes', ['Membre', 'Service', 'Montant'], rows));
    b.features.add('regularisation');
  }
  return tables;
}

function applyDefect(r: SeededRandom, b: Builder, tables: RawTable[], defect: string): void {
  const replace = (name: string, f: (t: RawTable) => RawTable): void => {
    const { table, index } = findTable(tables, name);
    tables[index] = f(table);
  };
  const keyed = b.services.findIndex((s) => s.model === 'SC');
  switch (defect) {
    case 'unknown-service':
      replace('Charges', (t) =>
        withRow(t, ['Service inexistant', 'x', null, null, 10, null, null]),
      );
      return;
    case 'weights-not-100':
      replace('Services', (t) =>
        withCell(
          t,
          keyed,
          'Clé',
          r.pick([
            '60% Population + 30% Égalitaire',
            '50 % Agents + 50,5 % Population',
            '90% Population',
          ]),
        ),
      );
      return;
    case 'two-porteurs': {
      const others = b.members.map((m, i) => ({ m, i })).filter(({ m }) => !m.porteur);
      const { i } = r.pick(others);
      replace('Membres', (t) => withCell(t, i, 'Porteur', 'Oui'));
      if (!b.members.some((m) => m.porteur)) {
        const second = others.find((o) => o.i !== i) ?? others[0];
        replace('Membres', (t) => withCell(t, second?.i ?? 0, 'Porteur', 'Oui'));
      }
      return;
    }
    case 'criterion-total-zero':
      for (let i = 0; i < b.members.length; i++)
        replace('Membres', (t) => withCell(t, i, 'Critère vide', 0));
      replace('Services', (t) =>
        withCell(t, keyed, 'Clé', r.pick(['Critère vide', '50% Critère vide + 50% Égalitaire'])),
      );
      return;
    case 'entree-after-sortie':
      replace('Membres', (t) =>
        withCell(withCell(t, 0, 'Entrée', `${b.year}-09-01`), 0, 'Sortie', `${b.year}-03-01`),
      );
      return;
    case 'comma-and-dot':
      replace('Charges', (t) => withCell(t, 0, 'Montant', '1,234.50'));
      return;
    case 'rate-above-1':
      replace('Services', (t) => withCell(t, keyed, 'Frais de gestion', 3));
      return;
    case 'bad-echeances':
      replace('Services', (t) => withCell(t, 0, 'Échéances', 3));
      return;
    case 'unknown-member':
      replace('Charges', (t) => withCell(t, 0, 'Membre', 'Membre inexistant'));
      return;
    case 'blank-montant':
      replace('Charges', (t) => withCell(t, 0, 'Montant', null));
      return;
    case 'reserved-scenario': {
      const s = b.services[keyed] as GenService;
      const row: RawCell[] = [r.pick(['Référence', 'reference']), s.name, 'Égalitaire'];
      if (tables.some((t) => normalize(t.name) === 'scenarios'))
        replace('Scenarios', (t) => withRow(t, row));
      else tables.push(makeTable(r, 'Scenarios', ['Scénario', 'Service', 'Clé'], [row]));
      return;
    }
    case 'direct-line-on-mad': {
      const mad = b.services.find((s) => s.model === 'MAD');
      const target = mad ?? (b.services[0] as GenService);
      replace('Charges', (t) =>
        withRow(t, [
          target.name,
          'projet',
          null,
          null,
          12,
          null,
          (target.participants[0] as GenMember).name,
        ]),
      );
      if (!mad) {
        // no MAD service: turn the first service into one with a unit so that the line is refused
        replace('Services', (t) =>
          withCell(withCell(t, 0, 'Modèle', 'Mise à disposition'), 0, 'Unité', 'Heures'),
        );
      }
      return;
    }
    default:
      throw new Error(`unknown defect ${defect}`);
  }
}

/**
 * The random workbook of `seed`. Seeds ending in 7 carry one deliberate defect (each of
 * DEFECTS in turn, then the §6 defects of the enabled `v11` parts); all the others are
 * valid under the contract. With `v11` parts, most workbooks also get those §6 features
 * (generateV11Features.ts); without, the workbook is the v1 one of that seed.
 */
export function generateRandomWorkbook(
  seed: number,
  v11: readonly V11Part[] = [],
): GeneratedWorkbook {
  const r = new SeededRandom(seed);
  const allDefects: readonly string[] = [...DEFECTS, ...v11.flatMap((p) => V11_DEFECTS[p])];
  const defect =
    seed % 10 === 7 ? (allDefects[Math.floor(seed / 10) % allDefects.length] as string) : null;
  const v1Defect =
    defect !== null && (DEFECTS as readonly string[]).includes(defect) ? defect : null;
  const roll = r.next();
  const porteurMode =
    defect === 'two-porteurs' ? 'first' : roll < 0.5 ? 'first' : roll < 0.88 ? 'random' : 'none';
  const b = new Builder(r);
  b.addMembers(porteurMode, porteurMode === 'none');
  b.addServices(porteurMode, defect !== null);
  if (r.chance(0.25) && b.services.some((s) => s.model !== 'MAD')) b.addScenarios();
  const tables = serialize(b, { standalone: r.chance(0.3), acomptes: r.chance(0.2) });
  if (v1Defect) applyDefect(r, b, tables, v1Defect);
  if (v11.length) {
    const r11 = new SeededRandom(seed + 1000003);
    if ((defect !== null && !v1Defect) || r11.chance(0.8))
      addV11Features(
        r11,
        { year: b.year, members: b.members, services: b.services, features: b.features },
        tables,
        v11,
        v1Defect ? null : defect,
      );
  }
  const ordered = r.chance(0.2) ? r.shuffle(tables) : tables;
  return {
    seed,
    workbook: { tables: ordered, sheetNames: ordered.map((t) => t.sheet) },
    expectValid: defect === null,
    defect,
    features: [...b.features].sort(),
  };
}
