/**
 * Builds a fake workbook from plain data (tests, the browser preview's starting
 * workbook): sheets with rows of cells, single cells by address, and Excel tables.
 * Values are stored as given (a string stays a string), as in a saved workbook.
 */
import { parseCell, parseRect } from './a1';
import type { FakeCellValue } from './model/cellValue';
import { isoDateToSerial } from '../xlsx/read/excelDate';
import type { FakeSheetModel } from './model/sheetModel';
import { FakeWorkbookModel } from './model/workbookModel';

/** Serial of an ISO date in the 1900 date system, as Excel stores a date cell. */
function fakeDateSerial(iso: string): number {
  const serial = isoDateToSerial(iso, false);
  if (serial === null)
    throw new Error(`Date ISO attendue dans la description du classeur : ${iso}`);
  return serial;
}

/** Date format the builder gives date cells. */
export const FAKE_DATE_FORMAT = 'dd/mm/yyyy';

/**
 * One cell: a value, an error (`{ error: '#N/A' }`), a date (`{ date: '2026-01-31' }`,
 * stored as a serial with a date format), or a value with a format; `null` is blank.
 */
export type FakeCellSpec =
  | number
  | string
  | boolean
  | null
  | { readonly error: string }
  | { readonly date: string }
  | {
      readonly value: number | string | boolean;
      readonly numberFormat?: string;
      readonly bold?: boolean;
    };

/** One sheet to build. */
export interface FakeSheetSpec {
  readonly name: string;
  /** Rows of cells written from `origin` (default `A1`). */
  readonly rows?: readonly (readonly FakeCellSpec[])[];
  readonly origin?: string;
  /** Single cells by A1 address. */
  readonly cells?: Readonly<Record<string, FakeCellSpec>>;
  /** Excel tables over ranges of this sheet (first row = headers; `hideHeaders` then hides that row). */
  readonly tables?: readonly {
    readonly name: string;
    readonly range: string;
    readonly hideHeaders?: boolean;
  }[];
}

/** A workbook to build. */
export interface FakeWorkbookSpec {
  /** File name (`Workbook.name`). */
  readonly name?: string;
  readonly sheets: readonly FakeSheetSpec[];
  /** Custom document properties (File › Properties › Custom), by key. */
  readonly customProperties?: Readonly<Record<string, string>>;
}

function putCell(sheet: FakeSheetModel, row: number, column: number, spec: FakeCellSpec): void {
  if (spec === null || spec === '') return;
  const at = { row, column, rowCount: 1, columnCount: 1 };
  if (typeof spec !== 'object') {
    sheet.setValue(row, column, spec);
  } else if ('error' in spec) {
    sheet.setValue(row, column, { error: spec.error } satisfies FakeCellValue);
  } else if ('date' in spec) {
    sheet.setValue(row, column, fakeDateSerial(spec.date));
    sheet.addLayer({ rect: at, numberFormat: FAKE_DATE_FORMAT });
  } else {
    sheet.setValue(row, column, spec.value);
    if (spec.numberFormat !== undefined)
      sheet.addLayer({ rect: at, numberFormat: spec.numberFormat });
    if (spec.bold !== undefined) sheet.addLayer({ rect: at, bold: spec.bold });
  }
}

function bad(what: string): Error {
  return new Error(`buildFakeWorkbook: ${what}`);
}

/** Creates a fake workbook from a spec (the first sheet is active). */
export function buildFakeWorkbook(spec: FakeWorkbookSpec): FakeWorkbookModel {
  const model = new FakeWorkbookModel(spec.name);
  for (const sheetSpec of spec.sheets) {
    const sheet = model.addSheet(sheetSpec.name);
    const origin = parseCell(sheetSpec.origin ?? 'A1');
    if (!origin) throw bad(`invalid origin ${String(sheetSpec.origin)}`);
    (sheetSpec.rows ?? []).forEach((cells, r) =>
      cells.forEach((cell, c) => putCell(sheet, origin.row + r, origin.column + c, cell)),
    );
    for (const [address, cell] of Object.entries(sheetSpec.cells ?? {})) {
      const at = parseCell(address);
      if (!at) throw bad(`invalid cell ${address}`);
      putCell(sheet, at.row, at.column, cell);
    }
    for (const table of sheetSpec.tables ?? []) {
      const rect = parseRect(table.range);
      if (!rect) throw bad(`invalid table range ${table.range}`);
      const added = model.addTable(sheet, rect, table.name);
      if (table.hideHeaders) {
        added.showHeaders = false;
        added.rect = { ...added.rect, row: added.rect.row + 1, rowCount: added.rect.rowCount - 1 };
      }
    }
  }
  if (model.sheets.length === 0) model.addSheet('Feuil1');
  for (const [key, value] of Object.entries(spec.customProperties ?? {}))
    model.customProperties.set(key, value);
  return model;
}
