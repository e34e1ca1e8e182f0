/**
 * Reads a fake workbook back as plain data, outside any `Excel.run`: for test assertions
 * ("what is in the workbook now") and for the preview grid, which renders the model.
 */
import { fullAddress, parseCell, parseRect, rectAddress, type CellRect } from './a1';
import { columnLetters } from '../../engine';
import { readValue, valueType, type FakeValueType } from './model/cellValue';
import type { FakeSheetModel } from './model/sheetModel';
import type { FakeWorkbookModel } from './model/workbookModel';

/** A cell as a user sees it: value (error text for an error, null when empty) and format. */
export interface FakeCellView {
  readonly value: number | string | boolean | null;
  readonly type: FakeValueType;
  readonly numberFormat: string;
  readonly bold: boolean;
}

/** A table as placed in the workbook. */
export interface FakeTableView {
  readonly name: string;
  readonly sheet: string;
  /** `A1:C10`, header row included. */
  readonly range: string;
}

/** A chart, with the full addresses its series read. */
export interface FakeChartView {
  readonly name: string;
  readonly type: string;
  readonly title: string;
  readonly from: string;
  readonly to: string | null;
  readonly series: readonly {
    readonly name: string;
    readonly values: string | null;
    readonly categories: string | null;
  }[];
}

/** Everything on one sheet (values from A1 to the bottom-right used cell). */
export interface FakeSheetSnapshot {
  readonly name: string;
  readonly usedRange: string | null;
  readonly values: readonly (readonly (number | string | boolean | null)[])[];
  readonly frozenRows: number;
  /** Column widths set on the sheet, in points, by column letters. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly tables: readonly FakeTableView[];
  readonly charts: readonly FakeChartView[];
}

function sheetOf(model: FakeWorkbookModel, name: string): FakeSheetModel {
  const sheet = model.findSheet(name);
  if (!sheet) throw new Error(`No sheet named '${name}' in the fake workbook.`);
  return sheet;
}

/** One cell by sheet name and A1 address. */
export function fakeCell(
  model: FakeWorkbookModel,
  sheetName: string,
  address: string,
): FakeCellView {
  const sheet = sheetOf(model, sheetName);
  const at = parseCell(address);
  if (!at) throw new Error(`Invalid cell address '${address}'.`);
  const stored = sheet.valueAt(at.row, at.column);
  const shown = readValue(stored);
  return {
    value: shown === '' ? null : shown,
    type: valueType(stored),
    numberFormat: sheet.numberFormatAt(at.row, at.column),
    bold: sheet.boldAt(at.row, at.column),
  };
}

/** Values of a rectangle (`A1:C3`), null for empty cells. */
export function fakeValues(
  model: FakeWorkbookModel,
  sheetName: string,
  address: string,
): (number | string | boolean | null)[][] {
  const sheet = sheetOf(model, sheetName);
  const rect = parseRect(address);
  if (!rect) throw new Error(`Invalid range address '${address}'.`);
  return valuesIn(sheet, rect);
}

function valuesIn(sheet: FakeSheetModel, rect: CellRect): (number | string | boolean | null)[][] {
  return Array.from({ length: rect.rowCount }, (_, r) =>
    Array.from({ length: rect.columnCount }, (_, c) => {
      const shown = readValue(sheet.valueAt(rect.row + r, rect.column + c));
      return shown === '' ? null : shown;
    }),
  );
}

/** Tables of the workbook, in creation order. */
export function fakeTables(model: FakeWorkbookModel): FakeTableView[] {
  return model.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet.name,
    range: rectAddress(t.rect),
  }));
}

/** Snapshot of one sheet. */
export function snapshotSheet(model: FakeWorkbookModel, sheetName: string): FakeSheetSnapshot {
  const sheet = sheetOf(model, sheetName);
  const used = sheet.usedRect(true);
  const fromA1 = used
    ? {
        row: 0,
        column: 0,
        rowCount: used.row + used.rowCount,
        columnCount: used.column + used.columnCount,
      }
    : null;
  const columnWidths: Record<string, number> = {};
  for (const [column, width] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0]))
    columnWidths[columnLetters(column + 1)] = width;
  return {
    name: sheet.name,
    usedRange: used ? rectAddress(used) : null,
    values: fromA1 ? valuesIn(sheet, fromA1) : [],
    frozenRows: sheet.frozenRows,
    columnWidths,
    tables: fakeTables(model).filter((t) => t.sheet === sheet.name),
    charts: sheet.charts.map((chart) => ({
      name: chart.name,
      type: chart.type,
      title: chart.title,
      from: rectAddress({ ...chart.position.from, rowCount: 1, columnCount: 1 }),
      to: chart.position.to
        ? rectAddress({ ...chart.position.to, rowCount: 1, columnCount: 1 })
        : null,
      series: chart.series.map((s) => ({
        name: s.name,
        values: s.values ? fullAddress(s.values.sheet.name, s.values.rect) : null,
        categories: s.xValues ? fullAddress(s.xValues.sheet.name, s.xValues.rect) : null,
      })),
    })),
  };
}

/** Names of the sheets in workbook order. */
export function fakeSheetNames(model: FakeWorkbookModel): string[] {
  return model.sheets.map((s) => s.name);
}

/** Custom document properties by key, in creation order. */
export function fakeCustomProperties(
  model: FakeWorkbookModel,
): Record<string, string | number | boolean> {
  return Object.fromEntries(model.customProperties.items.map((p) => [p.key, p.value]));
}
