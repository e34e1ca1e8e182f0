/**
 * The whole path in Excel, on the fake: load the sample through the adapter, read the
 * workbook back, run the engine, write its plan; then every cell of every planned table
 * is in the workbook, and a second run over the written workbook gives the same results.
 */
import {
  EXCEL_NUMBER_FORMATS,
  rowArray,
  rowCount,
  runQuotePart,
  type PlanTable,
  type RunOptions,
} from '../../../src/engine';
import {
  buildFakeWorkbook,
  createFakeExcel,
  fakeCell,
  fakeSheetNames,
  fakeTables,
  fakeValues,
} from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import { excelValueOf } from '../../../src/workbook/office/planCells';
import { SAMPLE_TABLES } from '../../../src/workbook/sample/sampleData';
import { columnLetters } from '../../../src/engine';

const options: RunOptions = {
  generatedAt: '2026-03-01T10:00:00',
  version: '0.1.0',
  source: 'Exemple.xlsx',
  host: 'excel',
};

describe('sample through the Office adapter and the engine', () => {
  it('writes every planned table cell for cell, with its format', async () => {
    const model = buildFakeWorkbook({ name: 'Exemple.xlsx', sheets: [{ name: 'Feuil1' }] });
    const host = createOfficeHost(createFakeExcel(model));
    expect((await host.writeInputTables(SAMPLE_TABLES)).status).toBe('created');
    const outcome = runQuotePart(await host.readWorkbook(), options);
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const plan = outcome.plan!;
    await host.applyPlan(plan);

    expect(fakeSheetNames(model)).toEqual([
      'Feuil1',
      ...SAMPLE_TABLES.map((t) => t.name),
      ...plan.sheets.map((s) => s.name),
    ]);
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) {
        if (block.kind === 'text') {
          expect(
            fakeCell(model, sheet.name, `${columnLetters(block.column)}${block.row}`).value,
          ).toBe(block.text);
          continue;
        }
        const table: PlanTable = block;
        const last = `${columnLetters(table.column + table.columns.length - 1)}${table.row + Math.max(1, rowCount(table.rows))}`;
        expect(fakeTables(model)).toContainEqual({
          name: table.name,
          sheet: sheet.name,
          range: `${columnLetters(table.column)}${table.row}:${last}`,
        });
        if (rowCount(table.rows) === 0) continue;
        const written = fakeValues(
          model,
          sheet.name,
          `${columnLetters(table.column)}${table.row + 1}:${last}`,
        );
        const expected = rowArray(table.rows).map((row) =>
          table.columns.map((c, i) => {
            const value = excelValueOf(row[i] ?? null, c.format);
            return value === '' ? null : value;
          }),
        );
        expect({ table: table.name, written }).toEqual({ table: table.name, written: expected });
        table.columns.forEach((c, i) => {
          expect(
            fakeCell(model, sheet.name, `${columnLetters(table.column + i)}${table.row + 1}`)
              .numberFormat,
          ).toBe(EXCEL_NUMBER_FORMATS[c.format]);
        });
      }
    }

    const again = runQuotePart(await host.readWorkbook(), options);
    expect(again.json).toEqual(outcome.json);
  });
});
