import {
  SAMPLE_ACOMPTES,
  SAMPLE_PORTEUR,
  SAMPLE_REGULARISATION_TABLES,
  SAMPLE_TABLES,
  type SampleCell,
  type SampleTable,
} from '../../../src/workbook/sample/sampleData';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';
import { CONTRACT_TABLES } from '../../../src/engine/contract/tables';

/** Contract matching: case, accents, spaces, underscores ignored; ’ = '. */
const norm = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_]/g, '')
    .replace(/’/g, "'")
    .toLowerCase();

function table(name: string): SampleTable {
  const found = SAMPLE_TABLES.find((t) => norm(t.name) === norm(name));
  if (!found) throw new Error(`table ${name} absente`);
  return found;
}

/** Rows of a table as objects keyed by normalised header. */
function records(name: string): Record<string, SampleCell>[] {
  const t = table(name);
  return t.rows.map((row) =>
    Object.fromEntries(t.headers.map((h, i) => [norm(h), row[i] ?? null])),
  );
}

const text = (c: SampleCell): string => (typeof c === 'string' ? c : '');
const isOui = (c: SampleCell): boolean =>
  typeof c === 'string' && ['oui', 'o', 'vrai', 'true', '1', 'x'].includes(norm(c));
const isNon = (c: SampleCell): boolean =>
  typeof c === 'string' && ['non', 'n', 'faux', 'false', '0'].includes(norm(c));

/** Parses a French or English number as the contract reads it (text or numeric cell). */
function toNumber(c: SampleCell): number | null {
  if (typeof c === 'number') return c;
  if (typeof c !== 'string') return null;
  const s = c.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** Splits a key expression into [weight %, criterion]. */
function parseKey(key: string): [number, string][] {
  return key.split('+').map((term) => {
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*(.+?)\s*$/.exec(term);
    return m ? [Number(m[1]!.replace(',', '.')), m[2]!] : [100, term.trim()];
  });
}

const members = records('Membres');
const services = records('Services');
const memberNames = members.map((m) => norm(text(m['membre']!)));
const serviceNames = services.map((s) => norm(text(s['service']!)));
const serviceModel = new Map(
  services.map((s) => [norm(text(s['service']!)), norm(text(s['modele']!))]),
);
const criteria = table('Membres')
  .headers.filter(
    (h) =>
      ![
        'membre',
        'type',
        'siret',
        'porteur',
        'attributiondecompensation',
        'entree',
        'sortie',
      ].includes(norm(h)),
  )
  .map(norm);
const usages = records('Usages');
const adhesions = records('Adhesions');

function participants(service: string): string[] {
  const rows = adhesions.filter((a) => norm(text(a['service']!)) === norm(service));
  return rows.length === 0 ? memberNames : rows.map((a) => norm(text(a['membre']!)));
}

function checkKey(service: string, key: string): void {
  const terms = parseKey(key);
  expect(terms.reduce((sum, [w]) => sum + w, 0)).toBe(100);
  const units = usages
    .filter((u) => norm(text(u['service']!)) === norm(service))
    .map((u) => norm(text(u['unite']!)));
  for (const [, criterion] of terms) {
    const c = norm(criterion);
    const known =
      ['egalitaire', 'partsegales', 'paliers'].includes(c) ||
      criteria.includes(c) ||
      units.includes(c);
    expect({ service, criterion, known }).toEqual({ service, criterion, known: true });
  }
}

describe('sample workbook data', () => {
  it('has exactly the contract tables of the main sample, with contract headers', () => {
    expect(SAMPLE_TABLES.map((t) => t.name)).toEqual([
      'Parametres',
      'Membres',
      'Services',
      'Charges',
      'Usages',
      'Adhesions',
      'Paliers',
      'Scenarios',
      'CoutsAutonomes',
      'Historique',
      'Ventilations',
    ]);
    for (const t of SAMPLE_TABLES) {
      const def = CONTRACT_TABLES.find((d) => d.name === t.name);
      expect(def).toBeDefined();
      for (const h of def!.requiredHeaders) expect(t.headers.map(norm)).toContain(norm(h));
      for (const row of t.rows) expect(row).toHaveLength(t.headers.length);
    }
  });

  it('names members and services uniquely', () => {
    expect(new Set(memberNames).size).toBe(memberNames.length);
    expect(new Set(serviceNames).size).toBe(serviceNames.length);
    expect(memberNames.length).toBeGreaterThanOrEqual(12);
  });

  it('has exactly one porteur, the EPCI named as Organisme', () => {
    const porteurs = members.filter((m) => isOui(m['porteur']!));
    expect(porteurs.map((m) => m['membre'])).toEqual([SAMPLE_PORTEUR]);
    expect(porteurs[0]!['type']).toBe('EPCI');
    const organisme = records('Parametres').find(
      (p) => norm(text(p['parametre']!)) === 'organisme',
    );
    expect(organisme?.['valeur']).toBe(SAMPLE_PORTEUR);
  });

  it('sets Exercice 2026 and gives every member a 14-digit SIRET', () => {
    const exercice = records('Parametres').find((p) => norm(text(p['parametre']!)) === 'exercice');
    expect(exercice?.['valeur']).toBe(2026);
    for (const m of members) expect(text(m['siret']!)).toMatch(/^\d{14}$/);
  });

  it('refers only to existing services and members', () => {
    for (const name of ['Charges', 'Usages', 'Adhesions', 'Scenarios']) {
      for (const r of records(name)) expect(serviceNames).toContain(norm(text(r['service']!)));
    }
    for (const name of ['Usages', 'Adhesions', 'Historique']) {
      for (const r of records(name)) expect(memberNames).toContain(norm(text(r['membre']!)));
    }
    // A CoutsAutonomes row names one member or a group `A + B` (contract §6.4).
    for (const r of records('CoutsAutonomes'))
      for (const part of text(r['membre']!).split(' + ')) expect(memberNames).toContain(norm(part));
    for (const r of records('Paliers')) expect(serviceNames).toContain(norm(text(r['service']!)));
    for (const r of records('Charges'))
      if (r['membre'] !== null) expect(memberNames).toContain(norm(text(r['membre']!)));
  });

  it('uses only known criteria and units in every key, base and scenarios', () => {
    for (const s of services) if (s['cle'] !== null) checkKey(text(s['service']!), text(s['cle']!));
    for (const sc of records('Scenarios')) checkKey(text(sc['service']!), text(sc['cle']!));
  });

  it('keeps criteria columns numeric where filled', () => {
    for (const c of criteria)
      for (const m of members) {
        const cell = m[c]!;
        expect(cell === null || typeof cell === 'number').toBe(true);
      }
  });

  it('covers the four models and both settlements and executions', () => {
    const models = new Set(services.map((s) => norm(text(s['modele']!))));
    expect(models).toEqual(
      new Set(['miseadisposition', 'servicecommun', 'groupementdecommandes', 'servicesupport']),
    );
    const reglements = services.map((s) => norm(text(s['reglement']!)));
    expect(reglements).toContain('attributiondecompensation');
    expect(reglements).toContain('titre');
    const executions = services.map((s) => norm(text(s['execution']!)));
    expect(executions).toContain('conjointe');
    expect(executions).toContain('separee');
    for (const s of services) {
      const model = norm(text(s['modele']!));
      if (model === 'miseadisposition') expect(text(s['unite']!)).not.toBe('');
      else if (model === 'servicesupport') expect(text(s['cle']!)).toBe('');
      else expect(text(s['cle']!)).not.toBe('');
    }
  });

  it('has usages for every unit a Mise à disposition service names, only for participants', () => {
    for (const s of services.filter((x) => norm(text(x['modele']!)) === 'miseadisposition')) {
      const unit = norm(text(s['unite']!));
      const rows = usages.filter(
        (u) =>
          norm(text(u['service']!)) === norm(text(s['service']!)) &&
          norm(text(u['unite']!)) === unit,
      );
      expect(rows.length).toBeGreaterThan(1);
    }
    for (const u of usages) {
      expect(participants(text(u['service']!))).toContain(norm(text(u['membre']!)));
      expect(toNumber(u['quantite']!)).toBeGreaterThanOrEqual(0);
    }
  });

  it('has a member joining on 1 July 2026', () => {
    const joining = members.filter((m) => {
      const e = m['entree'];
      return e !== null && typeof e === 'object' && e.iso === '2026-07-01';
    });
    expect(joining).toHaveLength(1);
  });

  it('has two scenarios that change keys only of services with a key', () => {
    const names = new Set(records('Scenarios').map((r) => text(r['scenario']!)));
    expect(names.size).toBe(2);
    expect([...names].map(norm)).not.toContain('reference');
    for (const r of records('Scenarios'))
      expect(serviceModel.get(norm(text(r['service']!)))).not.toBe('miseadisposition');
  });

  it('has a negative charge line, a non-eligible one, and member-specific lines only outside Mise à disposition', () => {
    const charges = records('Charges');
    expect(charges.some((c) => (toNumber(c['montant']!) ?? 0) < 0)).toBe(true);
    expect(charges.some((c) => isNon(c['eligible']!))).toBe(true);
    for (const c of charges) expect(toNumber(c['montant']!)).not.toBeNull();
    const specific = charges.filter((c) => c['membre'] !== null);
    expect(specific.length).toBeGreaterThan(0);
    for (const c of specific) {
      const service = text(c['service']!);
      expect(serviceModel.get(norm(service))).not.toBe('miseadisposition');
      expect(participants(service)).toContain(norm(text(c['membre']!)));
    }
  });

  it('does not make every member take every service', () => {
    const partial = services.filter(
      (s) => participants(text(s['service']!)).length < memberNames.length,
    );
    expect(partial.length).toBeGreaterThan(0);
    expect(
      services.some((s) => participants(text(s['service']!)).length === memberNames.length),
    ).toBe(true);
  });

  it('gives an AC to every non-porteur participant of an AC-settled service', () => {
    const acServices = services.filter(
      (s) => norm(text(s['reglement']!)) === 'attributiondecompensation',
    );
    expect(acServices.length).toBeGreaterThan(0);
    for (const s of acServices) {
      for (const p of participants(text(s['service']!))) {
        const m = members.find((x) => norm(text(x['membre']!)) === p)!;
        if (!isOui(m['porteur']!)) expect(toNumber(m['attributiondecompensation']!)).not.toBeNull();
      }
    }
  });

  it('gives stand-alone costs to most communes, not to the porteur', () => {
    const autonomes = records('CoutsAutonomes').map((r) => norm(text(r['membre']!)));
    expect(autonomes.length).toBeGreaterThanOrEqual(10);
    expect(autonomes).not.toContain(norm(SAMPLE_PORTEUR));
  });

  it('keeps French text amounts in a few cells only, all readable', () => {
    const textAmounts = SAMPLE_TABLES.flatMap((t) => t.rows.flat()).filter(
      (c) => typeof c === 'string' && /^-?[\d\s]+,\d{2}$/.test(c),
    );
    expect(textAmounts.length).toBeGreaterThan(0);
    expect(textAmounts.length).toBeLessThanOrEqual(4);
  });

  it('converts to a RawWorkbook with one table per sheet', () => {
    const wb = sampleRawWorkbook();
    expect(wb.sheetNames).toEqual(SAMPLE_TABLES.map((t) => t.name));
    expect(wb.tables.map((t) => t.rows.length)).toEqual(SAMPLE_TABLES.map((t) => t.rows.length));
    expect(wb.tables.every((t) => t.source === 'table' && t.headerRow === 1)).toBe(true);
  });
});

describe('régularisation variant', () => {
  it('adds only an Acomptes table whose pairs exist, one of them on an AC-settled service', () => {
    expect(SAMPLE_REGULARISATION_TABLES.slice(0, SAMPLE_TABLES.length)).toEqual(SAMPLE_TABLES);
    expect(SAMPLE_REGULARISATION_TABLES.map((t) => t.name).slice(SAMPLE_TABLES.length)).toEqual([
      'Acomptes',
    ]);
    const acomptes = SAMPLE_ACOMPTES.rows.map(([member, service, amount]) => ({
      member: text(member ?? null),
      service: text(service ?? null),
      amount: toNumber(amount ?? null),
    }));
    for (const a of acomptes) {
      expect(participants(a.service)).toContain(norm(a.member));
      expect(a.amount).toBeGreaterThan(0);
    }
    const acSettled = services
      .filter((s) => norm(text(s['reglement']!)) === 'attributiondecompensation')
      .map((s) => norm(text(s['service']!)));
    expect(acomptes.some((a) => acSettled.includes(norm(a.service)))).toBe(true);
  });
});
