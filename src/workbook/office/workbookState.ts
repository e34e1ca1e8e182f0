/**
 * The workbook's sheets and tables (ids, names, which sheet holds which table), loaded
 * in one sync before a write: enough to check names, find the old QuotePart sheets and
 * leftovers, and count the input sheets.
 */
import { OWNED_SHEET_PREFIX } from '../../engine';
import type { SyncSession } from './syncSession';
import { isLeftoverSheetName } from './temporaryNames';

/** A sheet by id and name. */
export interface SheetInfo {
  readonly id: string;
  readonly name: string;
}

/** A table with its sheet. */
export interface TableInfo {
  readonly id: string;
  readonly name: string;
  readonly sheetId: string;
}

/** Sheets in workbook order and every table. */
export interface WorkbookState {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly TableInfo[];
}

/** Loads sheets and tables (one sync). */
export async function loadWorkbookState(session: SyncSession): Promise<WorkbookState> {
  const { workbook } = session.context;
  const sheets = workbook.worksheets.load('items/id,items/name');
  const tables = workbook.tables.load('items/id,items/name,items/worksheet/id');
  await session.sync();
  return {
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    tables: tables.items.map((t) => ({ id: t.id, name: t.name, sheetId: t.worksheet.id })),
  };
}

/** Whether QuotePart owns a sheet (its outputs, and leftovers of an interrupted write). */
export function isOwnedSheet(name: string): boolean {
  return name.startsWith(OWNED_SHEET_PREFIX) || isLeftoverSheetName(name);
}

/** Sheets QuotePart may replace or remove. */
export function ownedSheets(state: WorkbookState): SheetInfo[] {
  return state.sheets.filter((s) => isOwnedSheet(s.name));
}
