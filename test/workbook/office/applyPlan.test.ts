/** Writing a plan through the Office adapter: what the workbook holds afterwards. */
import { EXCEL_NUMBER_FORMATS } from '../../../src/engine';
import {
  createFakeExcel,
  fakeCell,
  fakeSheetNames,
  fakeTables,
  fakeValues,
  snapshotSheet,
} from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import type { WriteProgress } from '../../../src/workbook/office/hostOperations';
import { widthInPoints } from '../../../src/workbook/office/planCells';
import { smallPlan, snapshotWorkbook, workbookWithOldResults } from './planFixtures';

const token = () => 'abc123';

describe('applyPlan', () => {
  it('writes values as numbers, text and date serials, one number format per column', async () => {
    const model = workbookWithOldResults();
    const report = await createOfficeHost(createFakeExcel(model), { token }).applyPlan(smallPlan());
    expect(fakeValues(model, 'QP Quote-parts', 'A1:E3')).toEqual([
      ['Membre', 'Part', 'Quote-part', 'Émission', 'Titres'],
      ['Ville A', 0.25, 1234.5, 46053, 3],
      ['00123', 0.75, -3.7, null, 0],
    ]);
    expect(fakeCell(model, 'QP Quote-parts', 'A3')).toMatchObject({
      type: 'String',
      numberFormat: '@',
    });
    expect(
      ['A2', 'B2', 'C3', 'D2', 'E3'].map((a) => fakeCell(model, 'QP Quote-parts', a).numberFormat),
    ).toEqual([
      EXCEL_NUMBER_FORMATS.text,
      EXCEL_NUMBER_FORMATS.share,
      EXCEL_NUMBER_FORMATS.euro,
      EXCEL_NUMBER_FORMATS.date,
      EXCEL_NUMBER_FORMATS.integer,
    ]);
    expect(fakeCell(model, 'QP Quote-parts', 'B1').bold).toBe(true);
    expect(fakeCell(model, 'QP Quote-parts', 'B2').bold).toBe(false);
    expect(report).toEqual({
      syncs: expect.any(Number),
      largestRequestBytes: expect.any(Number),
      blocks: 2,
      // The old QP sheets the write deleted, named so that the pane can say what it replaced.
      replaced: ['QP Quote-parts', 'QP Ancienne feuille'],
    });
  });

  it('lays out sheets: widths, frozen rows, texts, tables and the chart', async () => {
    const model = workbookWithOldResults();
    await createOfficeHost(createFakeExcel(model), { token }).applyPlan(smallPlan());
    const quoteParts = snapshotSheet(model, 'QP Quote-parts');
    expect(quoteParts.frozenRows).toBe(1);
    expect(quoteParts.columnWidths).toEqual({
      A: widthInPoints(20),
      B: widthInPoints(10),
      C: widthInPoints(14),
      D: widthInPoints(12),
      E: widthInPoints(8),
    });
    expect(quoteParts.tables).toEqual([
      { name: 'QP_QuoteParts', sheet: 'QP Quote-parts', range: 'A1:E3' },
    ]);
    const comparison = snapshotSheet(model, 'QP Comparaison');
    expect(comparison.frozenRows).toBe(0);
    expect(fakeCell(model, 'QP Comparaison', 'B1')).toMatchObject({
      value: 'Total par membre et par scénario',
      bold: true,
    });
    expect(fakeCell(model, 'QP Comparaison', 'B2')).toMatchObject({
      value: '=pas une formule',
      type: 'String',
      bold: false,
    });
    expect(comparison.tables).toEqual([
      { name: 'QP_ComparaisonScenarios', sheet: 'QP Comparaison', range: 'B3:D5' },
    ]);
    expect(comparison.charts).toEqual([
      {
        name: expect.any(String),
        type: 'ColumnClustered',
        title: 'Quote-parts par membre',
        from: 'B8',
        to: 'I27',
        series: [
          {
            name: 'Référence',
            values: "'QP Comparaison'!C4:C5",
            categories: "'QP Comparaison'!B4:B5",
          },
          {
            name: 'Variante',
            values: "'QP Comparaison'!D4:D5",
            categories: "'QP Comparaison'!B4:B5",
          },
        ],
      },
    ]);
  });

  it('replaces every old QP sheet, keeps input sheets untouched, and leaves no temporary sheet', async () => {
    const model = workbookWithOldResults();
    const inputsBefore = ['Membres', 'Services'].map((name) => snapshotSheet(model, name));
    await createOfficeHost(createFakeExcel(model), { token }).applyPlan(smallPlan());
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'Services',
      'QP Quote-parts',
      'QP Comparaison',
    ]);
    expect(['Membres', 'Services'].map((name) => snapshotSheet(model, name))).toEqual(inputsBefore);
    expect(fakeTables(model).map((t) => t.name)).toEqual([
      'Membres',
      'QP_QuoteParts',
      'QP_ComparaisonScenarios',
    ]);
    expect(fakeValues(model, 'QP Quote-parts', 'B1:B1')).toEqual([['Part']]);
  });

  it('can run twice in a row (the second run replaces the first)', async () => {
    const model = workbookWithOldResults();
    const host = createOfficeHost(createFakeExcel(model));
    await host.applyPlan(smallPlan());
    const first = snapshotWorkbook(model);
    await host.applyPlan(smallPlan());
    expect(snapshotWorkbook(model)).toEqual(first);
  });

  it('suspends calculation in every writing sync but the final swap', async () => {
    const excel = createFakeExcel(workbookWithOldResults());
    await createOfficeHost(excel, { token }).applyPlan(smallPlan());
    const writing = excel.stats().records.filter((r) => r.wrote);
    expect(writing.slice(0, -2).every((r) => r.calculationSuspended)).toBe(true);
  });

  it('reports progress after each block request', async () => {
    const progress: WriteProgress[] = [];
    await createOfficeHost(createFakeExcel(workbookWithOldResults()), { token }).applyPlan(
      smallPlan(),
      (p) => progress.push(p),
    );
    expect(progress.at(-1)).toEqual({ step: 'Résultats écrits.', rowsWritten: 4, rowsTotal: 4 });
    expect(progress.slice(0, -1).every((p) => p.rowsTotal === 4 && p.rowsWritten <= 4)).toBe(true);
  });

  it('refuses, writing nothing, a plan whose table name is used by an input table', async () => {
    const model = workbookWithOldResults();
    const before = snapshotWorkbook(model);
    const plan = smallPlan();
    const clashing = {
      sheets: [
        {
          ...plan.sheets[0]!,
          blocks: [{ ...(plan.sheets[0]!.blocks[0] as object), name: 'membres' } as never],
        },
      ],
    };
    await expect(createOfficeHost(createFakeExcel(model)).applyPlan(clashing)).rejects.toThrow(
      /déjà un tableau nommé « Membres »/,
    );
    expect(snapshotWorkbook(model)).toEqual(before);
  });

  it('refuses, writing nothing, a cell that does not fit its column format', async () => {
    const model = workbookWithOldResults();
    const before = snapshotWorkbook(model);
    const plan = smallPlan();
    const table = plan.sheets[0]!.blocks[0] as unknown as { rows: (string | null)[][] };
    table.rows[1]![2] = '1 234,50';
    await expect(createOfficeHost(createFakeExcel(model)).applyPlan(plan)).rejects.toThrow(
      /valeur « 1 234,50 » invalide pour le format euro/,
    );
    expect(snapshotWorkbook(model)).toEqual(before);
  });
});
