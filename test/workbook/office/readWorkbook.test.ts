/** Reading a workbook through the Office adapter, on the fake Excel. */
import { rawDate, rawError } from '../../../src/engine';
import {
  buildFakeWorkbook,
  createFakeExcel,
  type FakeSheetSpec,
} from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import { DEFAULT_LIMITS } from '../../../src/workbook/office/requestLimits';

const membres: FakeSheetSpec = {
  name: 'Membres',
  rows: [
    ['Membre', 'Entrée', 'Population', 'Porteur', 'SIRET'],
    ['Ville A', { date: '2026-03-15' }, 1200.5, true, '21750001600019'],
    ['Ville B', null, { error: '#N/A' }, false, null],
    [null, null, null, null, null],
  ],
  tables: [{ name: 'Membres', range: 'A1:E4' }],
};

const services: FakeSheetSpec = {
  name: 'Services',
  origin: 'B3',
  rows: [
    ['Service', 'Modèle'],
    ['Messagerie', 'Service commun'],
    [null, null],
    ['Paie', { value: 45000, numberFormat: 'dd/mm/yyyy' }],
  ],
};

describe('readWorkbook', () => {
  it('reads Excel tables and plain sheets into the RawWorkbook, skipping QP sheets', async () => {
    const model = buildFakeWorkbook({
      sheets: [
        membres,
        services,
        {
          name: 'QP Quote-parts',
          rows: [['Membre'], ['x']],
          tables: [{ name: 'QP_QuoteParts', range: 'A1:A2' }],
        },
      ],
    });
    const raw = await createOfficeHost(createFakeExcel(model)).readWorkbook();
    expect(raw.sheetNames).toEqual(['Membres', 'Services', 'QP Quote-parts']);
    expect(raw.tables.map((t) => [t.name, t.source])).toEqual([
      ['Membres', 'table'],
      ['Membres', 'sheet'],
      ['Services', 'sheet'],
    ]);
    const table = raw.tables[0];
    expect(table).toEqual({
      name: 'Membres',
      sheet: 'Membres',
      source: 'table',
      headerRow: 1,
      firstColumn: 1,
      headers: ['Membre', 'Entrée', 'Population', 'Porteur', 'SIRET'],
      rows: [
        ['Ville A', rawDate('2026-03-15'), 1200.5, true, '21750001600019'],
        ['Ville B', null, rawError('#N/A'), false, null],
        [null, null, null, null, null],
      ],
    });
    expect(raw.tables[2]).toEqual({
      name: 'Services',
      sheet: 'Services',
      source: 'sheet',
      headerRow: 3,
      firstColumn: 2,
      headers: ['Service', 'Modèle'],
      rows: [
        ['Messagerie', 'Service commun'],
        ['Paie', rawDate('2023-03-15')],
      ],
      rowNumbers: [4, 6],
    });
    expect(raw.readProblems).toEqual([]);
  });

  it('reports a table whose header row is hidden, and leaves it out', async () => {
    const model = buildFakeWorkbook({
      sheets: [{ ...membres, tables: [{ name: 'Membres', range: 'A1:E4', hideHeaders: true }] }],
    });
    const raw = await createOfficeHost(createFakeExcel(model)).readWorkbook();
    expect(raw.tables.map((t) => t.source)).toEqual(['sheet']);
    expect(raw.readProblems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'EN_TETES_MASQUES',
        table: 'Membres',
        sheet: 'Membres',
      }),
    ]);
  });

  it('reads a blank sheet as an empty plain table', async () => {
    const model = buildFakeWorkbook({ sheets: [{ name: 'Vide' }] });
    const raw = await createOfficeHost(createFakeExcel(model)).readWorkbook();
    expect(raw.tables).toEqual([
      {
        name: 'Vide',
        sheet: 'Vide',
        source: 'sheet',
        headerRow: 1,
        firstColumn: 1,
        headers: [],
        rows: [],
        rowNumbers: [],
      },
    ]);
  });

  it('uses a constant number of syncs, whatever the number of tables', async () => {
    const sheetsWith = (count: number): FakeSheetSpec[] =>
      Array.from({ length: count }, (_, i) => ({
        name: `Feuille${i}`,
        rows: [
          ['A', 'B'],
          [i, 'x'],
        ],
        tables: [{ name: `Tab_${i}`, range: 'A1:B2' }],
      }));
    const syncs = async (count: number): Promise<number> => {
      const excel = createFakeExcel(buildFakeWorkbook({ sheets: sheetsWith(count) }));
      await createOfficeHost(excel).readWorkbook();
      return excel.stats().syncs;
    };
    expect(await syncs(1)).toBe(3);
    expect(await syncs(12)).toBe(3);
  });

  it('reads large sheets in chunks within the cell limit, and halves a chunk Excel refuses', async () => {
    const rows = [
      ['Membre', 'Population'],
      ...Array.from({ length: 5000 }, (_, i) => [`Membre ${i}`, i]),
    ];
    const model = buildFakeWorkbook({
      sheets: [{ name: 'Membres', rows, tables: [{ name: 'Membres', range: 'A1:B5001' }] }],
    });
    const excel = createFakeExcel(model);
    const limits = { ...DEFAULT_LIMITS, maxReadCells: 2000 };
    const raw = await createOfficeHost(excel, { limits }).readWorkbook();
    expect(raw.tables[0]?.rows).toHaveLength(5000);
    expect(raw.tables[0]?.rows[4999]).toEqual(['Membre 4999', 4999]);
    expect(excel.stats().syncs).toBe(2 + Math.ceil(5001 / 1000));

    const tight = createFakeExcel(model, { responseLimitBytes: 40_000 });
    const again = await createOfficeHost(tight, { limits }).readWorkbook();
    expect(again).toEqual(raw);
    expect(tight.stats().records.some((r) => r.outcome === 'failed')).toBe(true);
    expect(tight.stats().largestResponseBytes).toBeLessThanOrEqual(40_000);
  });

  it('reports the Excel error code and debugInfo when reading fails', async () => {
    const excel = createFakeExcel(buildFakeWorkbook({ sheets: [membres] }), {
      failSync: (n) => n === 2,
    });
    await expect(createOfficeHost(excel).readWorkbook()).rejects.toThrow(
      /La lecture du classeur a échoué \(code Excel GeneralException : .*debugInfo \{"code":"GeneralException"/,
    );
  });
});
