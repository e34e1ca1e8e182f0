import { runQuotePart, type RawCell } from '../../../src/engine';
import { OPTIONS, parametres, workbook } from '../support/workbookBuilder';

/**
 * Three communes share 12 000 € by Population 2:3:5 → A 2 400, B 3 600, C 6 000 (the
 * porteur, Agglo, has population 0 and pays nothing). A alone would pay 3 000 (gains 600);
 * A + B together 5 500 (they pay 6 000: they would gain 500 by leaving); A + B + C 13 000.
 */
function threeCommunes(standalone: RawCell[][], scenarios: RawCell[][] = []) {
  return workbook({
    Parametres: parametres({ Exercice: 2026 }),
    Membres: {
      headers: ['Membre', 'Type', 'Porteur', 'Population', 'Agents'],
      rows: [
        ['Agglo', 'EPCI', 'Oui', 0, 0],
        ['Ville A', 'Commune', null, 2000, 1],
        ['Ville B', 'Commune', null, 3000, 1],
        ['Ville C', 'Commune', null, 5000, 1],
      ],
    },
    Services: {
      headers: ['Service', 'Modèle', 'Clé'],
      rows: [['Informatique', 'Service commun', 'Population']],
    },
    Charges: { headers: ['Service', 'Montant'], rows: [['Informatique', 12000]] },
    CoutsAutonomes: { headers: ['Membre', 'Montant'], rows: standalone },
    ...(scenarios.length
      ? { Scenarios: { headers: ['Scénario', 'Service', 'Clé'], rows: scenarios } }
      : {}),
  });
}

const ROWS: RawCell[][] = [
  ['Ville A', 3000],
  ['Ville A + Ville B', 5500],
  ['ville a+ville b +VILLE C', 13000],
];

describe('coalitions (§6.4)', () => {
  it('tests each group given, per scenario, and keeps single members in comparison', () => {
    const out = runQuotePart(
      threeCommunes(ROWS, [['Parts égales', 'Informatique', 'Égalitaire']]),
      OPTIONS,
    );
    expect(out.problems).toEqual([]);
    expect(out.json.coalitions).toEqual([
      {
        scenario: 'Référence',
        group: 'Ville A + Ville B',
        members: 2,
        total: '6000.00',
        standalone: '5500.00',
        gain: '-500.00',
        stable: false,
      },
      {
        scenario: 'Référence',
        group: 'ville a+ville b +VILLE C',
        members: 3,
        total: '12000.00',
        standalone: '13000.00',
        gain: '1000.00',
        stable: true,
      },
      // Égalitaire over the four members: 3 000 each.
      {
        scenario: 'Parts égales',
        group: 'Ville A + Ville B',
        members: 2,
        total: '6000.00',
        standalone: '5500.00',
        gain: '-500.00',
        stable: false,
      },
      {
        scenario: 'Parts égales',
        group: 'ville a+ville b +VILLE C',
        members: 3,
        total: '9000.00',
        standalone: '13000.00',
        gain: '4000.00',
        stable: true,
      },
    ]);
    expect(out.json.comparison.filter((c) => c.standalone !== null)).toHaveLength(2);
    expect(out.summary.scenarios.map((s) => s.wouldLeave)).toEqual([
      ['Ville A + Ville B'],
      ['Ville A + Ville B'],
    ]);
  });

  it('writes QP_Coalitions on the QP Comparaison sheet', () => {
    const out = runQuotePart(threeCommunes(ROWS), OPTIONS);
    const sheet = out.plan?.sheets.find((s) => s.name === 'QP Comparaison');
    const table = sheet?.blocks.find((b) => b.kind === 'table' && b.name === 'QP_Coalitions');
    expect(table && table.kind === 'table' ? table.rows : null).toEqual([
      ['Référence', 'Ville A + Ville B', '2', '6000.00', '5500.00', '-500.00', 'Non'],
      ['Référence', 'ville a+ville b +VILLE C', '3', '12000.00', '13000.00', '1000.00', 'Oui'],
    ]);
  });

  it('passes the test when every member and group gains, and writes no table without groups', () => {
    const passing = runQuotePart(threeCommunes([['Ville A + Ville B', 6500]]), OPTIONS);
    expect(passing.summary.scenarios[0]?.wouldLeave).toEqual([]);
    const none = runQuotePart(threeCommunes([['Ville A', 3000]]), OPTIONS);
    expect(none.json.coalitions).toEqual([]);
    const sheet = none.plan?.sheets.find((s) => s.name === 'QP Comparaison');
    expect(sheet?.blocks.some((b) => b.kind === 'table' && b.name === 'QP_Coalitions')).toBe(false);
  });

  it('matches a name holding + as one member first (a group is split on every +), counts 0 for a member in no service', () => {
    const out = runQuotePart(
      workbook({
        Parametres: parametres({ Exercice: 2026 }),
        Membres: {
          headers: ['Membre', 'Porteur', 'Population'],
          rows: [
            ['Agglo', 'Oui', 1],
            ['A+B', null, 1],
            ['Syndicat', null, 0],
          ],
        },
        Services: {
          headers: ['Service', 'Modèle', 'Clé'],
          rows: [['S', 'Service commun', 'Population']],
        },
        Adhesions: {
          headers: ['Service', 'Membre'],
          rows: [
            ['S', 'Agglo'],
            ['S', 'A+B'],
          ],
        },
        Charges: { headers: ['Service', 'Montant'], rows: [['S', 100]] },
        CoutsAutonomes: {
          headers: ['Membre', 'Montant'],
          rows: [
            ['A+B', 80],
            ['Agglo + Syndicat', 40],
          ],
        },
      }),
      OPTIONS,
    );
    expect(out.problems).toEqual([]);
    expect(out.json.comparison.find((c) => c.member === 'A+B')?.standalone).toBe('80.00');
    expect(out.json.coalitions[0]).toMatchObject({ members: 2, total: '50.00', gain: '-10.00' });
  });

  it('refuses a member named twice, a set given twice and an empty name', () => {
    const out = runQuotePart(
      threeCommunes([
        ['Ville A + Ville A', 100],
        ['Ville A + Ville B', 100],
        ['Ville B+Ville A', 200],
        ['Ville C + ', 50],
        ['Ville A', 10],
        ['Ville A', 20],
      ]),
      OPTIONS,
    );
    expect(out.problems.map((p) => `${p.code}:${p.row}`)).toEqual([
      'COALITION_MEMBRE_EN_DOUBLE:2',
      'COALITION_EN_DOUBLE:4',
      'MEMBRE_INCONNU:5',
    ]);
    expect(out.problems[1]?.message).toContain('« Ville A + Ville B » (ligne 3)');
  });
});
