import { buildHtmlReport, rowArray, runQuotePart, type RawCell } from '../../../src/engine';
import { OPTIONS, parametres, workbook } from '../support/workbookBuilder';

/** Info 12 000 € by Population 2:3:5 → A 2 400, B 3 600, C 6 000; Agglo (porteur, 0) pays 0. */
function withHistory(rows: RawCell[][]) {
  return workbook({
    Parametres: parametres({ Exercice: 2026 }),
    Membres: {
      headers: ['Membre', 'Porteur', 'Population'],
      rows: [
        ['Agglo', 'Oui', 0],
        ['Ville A', null, 2000],
        ['Ville B', null, 3000],
        ['Ville C', null, 5000],
      ],
    },
    Services: {
      headers: ['Service', 'Modèle', 'Clé'],
      rows: [['Info', 'Service commun', 'Population']],
    },
    Charges: { headers: ['Service', 'Montant'], rows: [['Info', 12000]] },
    Historique: { headers: ['Membre', 'Service', 'Montant'], rows },
  });
}

const HISTORY: RawCell[][] = [
  ['Ville A', 'Info', 2000],
  ['Ville B', 'Info', '3 000,004'],
  ['Ville B', 'Info', 0.005],
  ['Ville C', 'Téléphonie', 700],
  ['Ville C', 'Info', 6000],
  ['Ville A', 'Téléphonie', 300],
];

describe('Historique and QP Évolution (§6.5)', () => {
  const out = runQuotePart(withHistory(HISTORY), OPTIONS);

  it('gives one row per member × service, rounded amounts, % half away from zero', () => {
    expect(out.problems).toEqual([]);
    expect(out.json.evolution).toEqual([
      {
        member: 'Agglo',
        service: 'Info',
        previous: null,
        current: '0.00',
        delta: '0.00',
        percent: null,
      },
      {
        member: 'Ville A',
        service: 'Info',
        previous: '2000.00',
        current: '2400.00',
        delta: '400.00',
        percent: '20.00',
      },
      {
        member: 'Ville A',
        service: 'Téléphonie',
        previous: '300.00',
        current: null,
        delta: '-300.00',
        percent: '-100.00',
      },
      // 3 000,00 + 0,01 (each row rounded first): 3 600 − 3 000,01 = 599,99 → 19,9993… % → 20,00 %
      {
        member: 'Ville B',
        service: 'Info',
        previous: '3000.01',
        current: '3600.00',
        delta: '599.99',
        percent: '20.00',
      },
      {
        member: 'Ville C',
        service: 'Info',
        previous: '6000.00',
        current: '6000.00',
        delta: '0.00',
        percent: '0.00',
      },
      {
        member: 'Ville C',
        service: 'Téléphonie',
        previous: '700.00',
        current: null,
        delta: '-700.00',
        percent: '-100.00',
      },
    ]);
  });

  it('writes the sheet with member total rows, the largest changes and a bar chart', () => {
    const sheet = out.plan?.sheets.find((s) => s.name === 'QP Évolution');
    const [table, , changes] = sheet?.blocks ?? [];
    const rows = table && table.kind === 'table' ? rowArray(table.rows) : [];
    expect(rows.filter((r) => r[1] === 'Total')).toEqual([
      ['Agglo', 'Total', null, '0.00', '0.00', null],
      ['Ville A', 'Total', '2300.00', '2400.00', '100.00', '4.35'],
      ['Ville B', 'Total', '3000.01', '3600.00', '599.99', '20.00'],
      ['Ville C', 'Total', '6700.00', '6000.00', '-700.00', '-10.45'],
    ]);
    expect(changes && changes.kind === 'table' ? rowArray(changes.rows) : []).toEqual([
      ['Ville C', '-700.00', '-10.45'],
      ['Ville B', '599.99', '20.00'],
      ['Ville A', '100.00', '4.35'],
    ]);
    expect(sheet?.charts?.[0]).toMatchObject({ type: 'clusteredBar', table: 'QP_EvolutionEcarts' });
  });

  it('draws the largest changes in the HTML report', () => {
    const html = buildHtmlReport(out);
    expect(html).toContain('id="chart-evolution-title"');
    expect(html.indexOf('Ville C', html.indexOf('chart-evolution'))).toBeGreaterThan(0);
  });

  it('refuses an unknown member and a blank amount; an empty Historique still writes the sheet', () => {
    const bad = runQuotePart(
      withHistory([
        ['Ville Z', 'Info', 1],
        ['Ville A', 'Info', null],
      ]),
      OPTIONS,
    );
    expect(bad.problems.map((p) => `${p.code}:${p.row}`)).toEqual([
      'MEMBRE_INCONNU:2',
      'MONTANT_MANQUANT:3',
    ]);
    const none = runQuotePart(withHistory([]), OPTIONS);
    expect(none.plan?.sheets.some((s) => s.name === 'QP Évolution')).toBe(true);
  });
});
