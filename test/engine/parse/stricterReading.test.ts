/** Contract §6.1: the stricter reading of v1 workbooks, on the small workbook. */
import { runQuotePart, rawDate, type RawCell } from '../../../src/engine';
import { OPTIONS, type TableSpec } from '../support/workbookBuilder';
import { smallWorkbook } from '../support/smallWorkbook';

const run = (
  tables: Partial<Record<string, TableSpec>> = {},
  params: Record<string, RawCell> = {},
) => runQuotePart(smallWorkbook({ tables, params }), OPTIONS);
const found = (out: ReturnType<typeof run>, severity: 'error' | 'warning') =>
  out.problems
    .filter((p) => p.severity === severity)
    .map((p) => [p.code, p.table, p.row, p.column]);

const USAGES = ['Service', 'Membre', 'Unité', 'Quantité'];
const MEMBRES = [
  'Membre',
  'Type',
  'SIRET',
  'Porteur',
  'Attribution de compensation',
  'Entrée',
  'Sortie',
  'Population',
  'Agents',
];

describe('§6.1 units of Usages', () => {
  it('refuses a unit that no service uses, naming the units of its service', () => {
    const out = run({
      Usages: {
        headers: USAGES,
        rows: [
          ['Support', 'A', 'heure', 10],
          ['Support', 'B', 'heures', 20],
        ],
      },
    });
    expect(found(out, 'error')).toEqual([['USAGE_UNITE_INCONNUE', 'Usages', 3, 'Unité']]);
    expect(out.problems[0]?.message).toContain('« heure »');
  });

  it('sets aside, with a warning, a unit that only another service uses', () => {
    // Info's scenario key uses `poste`: a `poste` row of Support counts for nothing.
    const out = run({
      Usages: {
        headers: USAGES,
        rows: [
          ['Support', 'A', 'heure', 10],
          ['Support', 'B', 'Heure', '20,5'],
          ['Support', 'EPCI', 'heure', 5],
          ['Support', 'A', 'poste', 3],
          ['Info', 'A', 'poste', 3],
          ['Info', 'B', 'poste', 1],
        ],
      },
      Scenarios: { headers: ['Scénario', 'Service', 'Clé'], rows: [['Postes', 'Info', 'poste']] },
    });
    expect(found(out, 'error')).toEqual([]);
    expect(found(out, 'warning')).toEqual([['USAGE_UNITE_AUTRE_SERVICE', 'Usages', 5, 'Unité']]);
    const reference = runQuotePart(smallWorkbook(), OPTIONS).json.quoteParts.filter(
      (r) => r.service === 'Support',
    );
    expect(
      out.json.quoteParts.filter((r) => r.service === 'Support' && r.scenario === 'Référence'),
    ).toEqual(reference);
  });

  it('still refuses a set-aside quantity of a non-participant (§6.6)', () => {
    const out = run({
      Usages: {
        headers: USAGES,
        rows: [
          ['Support', 'A', 'heure', 10],
          ['Info', 'A', 'heure', 1],
          ['Achats', 'C', 'heure', 2],
        ],
      },
    });
    expect(found(out, 'error')).toEqual([['USAGE_HORS_ADHESION', 'Usages', 4, 'Quantité']]);
    expect(found(out, 'warning').map((w) => w[0])).toEqual([
      'USAGE_UNITE_AUTRE_SERVICE',
      'USAGE_UNITE_AUTRE_SERVICE',
    ]);
  });
});

describe('§6.1 member warnings', () => {
  const membres = (rows: RawCell[][]): TableSpec => ({ headers: MEMBRES, rows });

  it('warns about a member present on no day of the Exercice who takes part in a service', () => {
    const out = run({
      Membres: membres([
        ['EPCI', 'EPCI', '20000000000015', 'Oui', null, null, null, 0, 50],
        ['A', 'Commune', '21000000000011', null, 1000, null, null, 600, 10],
        ['B', 'Commune', '21000000000012', 'Non', 50, null, rawDate('2025-12-31'), 300, 20],
        ['C', 'Commune', '21000000000013', null, 500, rawDate('2027-01-01'), null, 100, 10],
      ]),
    });
    expect(found(out, 'warning')).toEqual([
      ['MEMBRE_HORS_EXERCICE', 'Membres', 4, 'Sortie'],
      ['MEMBRE_HORS_EXERCICE', 'Membres', 5, 'Entrée'],
    ]);
    expect(out.problems.find((p) => p.row === 4)?.message).toContain('sortie le 31/12/2025');
  });

  it('warns about a Service commun carried by a non-EPCI and an AC member that is no commune', () => {
    const out = run({
      Membres: membres([
        ['EPCI', 'Syndicat', '20000000000015', 'Oui', null, null, null, 0, 50],
        ['A', 'CCAS', '21000000000011', null, 1000, null, null, 600, 10],
        ['B', null, '21000000000012', 'Non', 50, null, null, 300, 20],
        ['C', 'Commune', '21000000000013', null, 500, null, null, 100, 10],
      ]),
      Services: {
        headers: ['Service', 'Modèle', 'Clé', 'Règlement'],
        rows: [['Info', 'Service commun', 'Population', 'Attribution de compensation']],
      },
      Charges: { headers: ['Service', 'Montant'], rows: [['Info', 1000]] },
      Usages: { headers: USAGES, rows: [] },
      Adhesions: { headers: ['Service', 'Membre'], rows: [] },
    });
    expect(found(out, 'error')).toEqual([]);
    expect(found(out, 'warning')).toEqual([
      ['PORTEUR_NON_EPCI', 'Services', 2, 'Modèle'],
      ['AC_MEMBRE_NON_COMMUNE', 'Membres', 3, 'Type'],
    ]);
  });
});

describe('§6.1 Acomptes and Services.Convention', () => {
  it('warns about two identical Acomptes rows and adds them up', () => {
    const out = run({
      Acomptes: {
        headers: ['Membre', 'Service', 'Montant'],
        rows: [
          ['A', 'Info', 100],
          ['A', 'Info', '100,00'],
          ['B', 'Info', 100],
        ],
      },
    });
    expect(found(out, 'warning')).toEqual([['ACOMPTE_EN_DOUBLE', 'Acomptes', 3, 'Montant']]);
    // A owes 631.31 for Info: solde 631.31 − 200 = 431.31
    expect(out.json.titres.find((t) => t.debtor === 'A' && t.service === 'Info')?.amount).toBe(
      '431.31',
    );
  });

  it('quotes the service’s own Convention instead of the parameter', () => {
    const out = run({
      Services: {
        headers: ['Service', 'Modèle', 'Clé', 'Unité', 'Convention'],
        rows: [
          ['Info', 'Service commun', 'Population', null, 'CONV-INFO-2026'],
          ['Support', 'Mise à disposition', null, 'heure', null],
        ],
      },
      Charges: {
        headers: ['Service', 'Montant'],
        rows: [
          ['Info', 1000],
          ['Support', 1000],
        ],
      },
      Adhesions: {
        headers: ['Service', 'Membre'],
        rows: [
          ['Support', 'A'],
          ['Support', 'B'],
          ['Support', 'EPCI'],
        ],
      },
    });
    expect(found(out, 'error')).toEqual([]);
    const text = (service: string) =>
      out.json.titres.find((t) => t.service === service)?.liquidation ?? '';
    expect(text('Info')).toContain('convention CONV-INFO-2026 ;');
    expect(text('Support')).toContain('convention CONV-1 ;');
  });
});
