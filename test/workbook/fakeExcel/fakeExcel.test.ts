/** The fake Excel behaves like Excel where the adapter depends on it. */
import {
  buildFakeWorkbook,
  createFakeExcel,
  fakeCell,
  fakeSheetNames,
  fakeTables,
  fakeValues,
  installFakeExcel,
  snapshotSheet,
  type FakeWorkbookModel,
} from '../../../src/workbook/fakeExcel';

function workbook(): FakeWorkbookModel {
  return buildFakeWorkbook({
    name: 'Essai.xlsx',
    sheets: [
      {
        name: 'Membres',
        rows: [
          ['Membre', 'Entrée', 'Population'],
          ['Ville A', { date: '2026-01-01' }, 1200],
          ['Ville B', null, { error: '#N/A' }],
        ],
        tables: [{ name: 'Membres', range: 'A1:C3' }],
      },
      { name: 'Notes', cells: { B2: 'texte' } },
    ],
  });
}

async function rejection(
  promise: Promise<unknown>,
): Promise<{ code?: string; name?: string; message: string; debugInfo?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('load and sync', () => {
  it('throws PropertyNotLoaded before load + sync, like Excel', async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Membres').getRange('A1:C2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['Membre', 'Entrée', 'Population'],
        ['Ville A', 46023, 1200],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies queued writes only on sync, and counts syncs', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Notes').getRange('A1').values = [['x']];
      expect(fakeCell(model, 'Notes', 'A1').value).toBeNull();
      await context.sync();
      expect(fakeCell(model, 'Notes', 'A1').value).toBe('x');
    });
    expect(excel.stats().syncs).toBe(1);
  });

  it('syncs what is left when Excel.run ends', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Notes').getRange('A1').values = [['fin']];
      await Promise.resolve();
    });
    expect(fakeCell(model, 'Notes', 'A1').value).toBe('fin');
    expect(excel.stats().syncs).toBe(1);
  });

  it('refuses proxies used after their Excel.run', async () => {
    const excel = createFakeExcel(workbook());
    const sheet = await excel.run(async (context) => context.workbook.worksheets.getItem('Notes'));
    expect(() => sheet.getRange('A1').load('values')).toThrow(
      expect.objectContaining({ code: 'InvalidObjectPath' }),
    );
  });

  it('loads collections and navigation paths', async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      const tables = context.workbook.tables.load('items/name,items/worksheet/name');
      const sheets = context.workbook.worksheets.load('name');
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([['Membres', 'Membres']]);
      expect(sheets.items.map((s) => s.name)).toEqual(['Membres', 'Notes']);
      expect(() => sheets.items[0]?.position).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
    });
  });

  it('gives null objects for missing items and blank used ranges', async () => {
    const model = workbook();
    model.addSheet('Vide');
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Absente');
      const blank = context.workbook.worksheets.getItem('Vide').getUsedRangeOrNullObject(true);
      const used = context.workbook.worksheets.getItem('Notes').getUsedRange(true).load('address');
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(blank.isNullObject).toBe(true);
      expect(used.address).toBe('Notes!B2');
    });
  });
});

describe('values and types', () => {
  it('reports value types, errors and dates as serial numbers with a date format', async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Membres')
        .getRange('A3:C3')
        .load(['values', 'valueTypes']);
      const date = context.workbook.worksheets
        .getItem('Membres')
        .getRange('B2')
        .load('numberFormat');
      await context.sync();
      expect(range.values).toEqual([['Ville B', '', '#N/A']]);
      expect(range.valueTypes).toEqual([['String', 'Empty', 'Error']]);
      expect(date.numberFormat).toEqual([['dd/mm/yyyy']]);
    });
  });

  it('turns number-like text into numbers unless the cell is formatted as text', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Notes');
      sheet.getRange('A1').values = [['00123']];
      sheet.getRange('A2').numberFormat = [['@']];
      sheet.getRange('A2').values = [['00123']];
      sheet.getRange('A3').values = [['#N/A']];
      sheet.getRange('A4').values = [['TRUE']];
      await context.sync();
    });
    expect(fakeCell(model, 'Notes', 'A1')).toMatchObject({ value: 123, type: 'Double' });
    expect(fakeCell(model, 'Notes', 'A2')).toMatchObject({
      value: '00123',
      type: 'String',
      numberFormat: '@',
    });
    expect(fakeCell(model, 'Notes', 'A3')).toMatchObject({ value: '#N/A', type: 'Error' });
    expect(fakeCell(model, 'Notes', 'A4')).toMatchObject({ value: true, type: 'Boolean' });
  });

  it('applies one value or format to every cell, and refuses a mis-shaped array', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Notes').getRangeByIndexes(4, 0, 2, 2);
      range.numberFormat = '0.00';
      range.format.font.bold = true;
      await context.sync();
      range.values = [[1, 2]];
      const error = await rejection(context.sync());
      expect(error.code).toBe('InvalidArgument');
      expect(error.debugInfo).toMatchObject({ errorLocation: 'Range.values' });
    });
    expect(fakeCell(model, 'Notes', 'B6')).toMatchObject({
      value: null,
      numberFormat: '0.00',
      bold: true,
    });
  });

  it('does not model formulas', async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Notes').getRange('A1').values = [['=1+1']];
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('request accounting and failures', () => {
  it('measures each request and refuses one over the limit without applying anything', async () => {
    const model = workbook();
    const excel = createFakeExcel(model, { requestLimitBytes: 10_000 });
    const big = Array.from({ length: 1000 }, (_, i) => [`ligne ${i}`]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Notes');
      sheet.getRange('A1').values = [['petit']];
      sheet.getRangeByIndexes(10, 0, 1000, 1).values = big;
      const error = await rejection(context.sync());
      expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
      expect(error.name).toBe('RichApi.Error');
    });
    expect(fakeCell(model, 'Notes', 'A1').value).toBeNull();
    const record = excel.stats().records[0];
    expect(record?.outcome).toBe('rejected');
    expect(record?.requestBytes).toBeGreaterThan(JSON.stringify(big).length);
    expect(record?.requestBytes).toBeLessThan(JSON.stringify(big).length + 500);
  });

  it('refuses a response over the limit', async () => {
    const excel = createFakeExcel(workbook(), { responseLimitBytes: 50 });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Membres').getRange('A1:C3').load('values');
      expect((await rejection(context.sync())).code).toBe('RequestPayloadSizeLimitExceeded');
    });
  });

  it('stops a batch at the failing action, earlier actions staying applied (as in Excel)', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Notes');
      sheet.getRange('A1').values = [['avant']];
      context.workbook.worksheets.getItem('Absente').getRange('A1').values = [['x']];
      sheet.getRange('A2').values = [['après']];
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
    expect(fakeValues(model, 'Notes', 'A1:A2')).toEqual([['avant'], [null]]);
  });

  it('injects a failure on a chosen sync', async () => {
    const model = workbook();
    const excel = createFakeExcel(model, { failSync: (n) => n === 2 });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Notes');
      sheet.getRange('A1').values = [[1]];
      await context.sync();
      sheet.getRange('A2').values = [[2]];
      expect((await rejection(context.sync())).code).toBe('GeneralException');
    });
    expect(fakeValues(model, 'Notes', 'A1:A2')).toEqual([[1], [null]]);
  });

  it('records whether calculation was suspended in a writing sync', async () => {
    const excel = createFakeExcel(workbook());
    await excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('Notes').getRange('A1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Notes').getRange('A2').values = [[2]];
      await context.sync();
    });
    expect(excel.stats().records.map((r) => [r.wrote, r.calculationSuspended])).toEqual([
      [true, true],
      [true, false],
    ]);
  });
});

describe('sheets, tables and charts', () => {
  it('follows Excel naming rules for sheets', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      context.workbook.worksheets.add('notes');
      expect((await rejection(context.sync())).code).toBe('ItemAlreadyExists');
      context.workbook.worksheets.add('a/b');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      const added = context.workbook.worksheets.add('QP Résultats');
      added.position = 0;
      added.load('id,name,position');
      await context.sync();
      expect([added.name, added.position]).toEqual(['QP Résultats', 0]);
      context.workbook.worksheets.getItem(added.id).name = 'QP Final';
      context.workbook.worksheets.getItem('Notes').delete();
      await context.sync();
    });
    expect(fakeSheetNames(model)).toEqual(['QP Final', 'Membres']);
  });

  it('never deletes the last sheet', async () => {
    const model = buildFakeWorkbook({ sheets: [{ name: 'Seule' }] });
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Seule').delete();
      expect((await rejection(context.sync())).code).toBe('InvalidOperation');
    });
  });

  it('adds tables over ranges, fixing headers like Excel, with unique names', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Notes');
      sheet.getRange('D1:F1').values = [['A', '', 'a']];
      const table = sheet.tables.add(sheet.getRange('D1:F1'), true);
      table.name = 'Essai';
      const body = table.getDataBodyRange().load('address');
      await context.sync();
      expect(body.address).toBe('Notes!D2:F2');
      sheet.tables.add('G1:G2', true).name = 'membres';
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
    expect(fakeValues(model, 'Notes', 'D1:F1')).toEqual([['A', 'Column2', 'a2']]);
    expect(fakeTables(model)).toEqual([
      { name: 'Membres', sheet: 'Membres', range: 'A1:C3' },
      { name: 'Essai', sheet: 'Notes', range: 'D1:F2' },
      // The add went through before the rename failed, as in Excel: a batch is not a transaction.
      { name: 'Table3', sheet: 'Notes', range: 'G1:G2' },
    ]);
  });

  it('keeps chart series pointing at their ranges across sheet renames', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Membres');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('C2:C3'), 'Columns');
      chart.title.text = 'Population';
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange('A2:A3'));
      chart.setPosition('E2', 'J12');
      sheet.name = 'Communes';
      await context.sync();
    });
    expect(snapshotSheet(model, 'Communes').charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        title: 'Population',
        from: 'E2',
        to: 'J12',
        series: [{ name: 'Série1', values: 'Communes!C2:C3', categories: 'Communes!A2:A3' }],
      },
    ]);
  });

  it('selects a range, activates its sheet, and reports the workbook name', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    const name = await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Notes').getRange('B2').select();
      const book = context.workbook.load('name');
      await context.sync();
      return book.name;
    });
    expect(name).toBe('Essai.xlsx');
    expect(model.activeSheet?.name).toBe('Notes');
    expect(model.selection?.rect).toEqual({ row: 1, column: 1, rowCount: 1, columnCount: 1 });
  });

  it('sets column widths, autofits and freezes rows', async () => {
    const model = workbook();
    const excel = createFakeExcel(model);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Membres');
      sheet.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 80;
      sheet.getRange('A1:A3').format.autofitColumns();
      sheet.freezePanes.freezeRows(1);
      const width = sheet.getRange('B1').format.load('columnWidth');
      await context.sync();
      expect(width.columnWidth).toBe(80);
    });
    const snapshot = snapshotSheet(model, 'Membres');
    expect(snapshot.frozenRows).toBe(1);
    expect(snapshot.columnWidths).toEqual({ A: Math.round((7 * 7 + 10) * 0.75), B: 80 });
  });
});

describe('installFakeExcel', () => {
  it('sets a global Excel that runs batches on the fake workbook', async () => {
    const target: {
      Excel?: {
        run: (
          batch: (c: {
            workbook: { worksheets: { load(p: string): { items: { name: string }[] } } };
            sync(): Promise<unknown>;
          }) => Promise<string[]>,
        ) => Promise<string[]>;
      };
    } = {};
    const model = workbook();
    installFakeExcel(target, model);
    const names = await target.Excel?.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['Membres', 'Notes']);
  });
});
