/**
 * The workbook's sheets and tables (ids, names, which sheet holds which table) and the
 * owned-sheets record, loaded in one sync before a write: enough to check names, find the
 * sheets QuotePart owns (by the rule the xlsx adapter applies too:
 * src/workbook/ownership/) and leftovers, and count the input sheets.
 */
import { OWNED_SHEET_PREFIX } from '../../engine';
import { decodeOwnedSheets, isRecordKey } from '../ownership/ownedSheetsRecord';
import { isOwnedTableName, ownsSheet } from '../ownership/sheetOwnership';
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

/** Sheets in workbook order, every table, and the record of the sheets the last run wrote. */
export interface WorkbookState {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly TableInfo[];
  /** Sheet names recorded by the last write (CLI or task pane), null when none recorded. */
  readonly record: readonly string[] | null;
  /** Keys of the custom properties holding the record now (to drop the stale ones). */
  readonly recordKeys: readonly string[];
}

/** Loads sheets, tables and the owned-sheets record (one sync). */
export async function loadWorkbookState(session: SyncSession): Promise<WorkbookState> {
  const { workbook } = session.context;
  const sheets = workbook.worksheets.load('items/id,items/name');
  const tables = workbook.tables.load('items/id,items/name,items/worksheet/id');
  const properties = workbook.properties.custom.load('items/key,items/value');
  await session.sync();
  const ours = properties.items.filter((p) => isRecordKey(p.key));
  const record = decodeOwnedSheets((key) => {
    const found = ours.find((p) => p.key.toLowerCase() === key.toLowerCase());
    return found === undefined ? null : String(found.value ?? '');
  });
  return {
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    tables: tables.items.map((t) => ({ id: t.id, name: t.name, sheetId: t.worksheet.id })),
    record,
    recordKeys: ours.map((p) => p.key),
  };
}

/**
 * Whether a sheet is never read as input: a result sheet (`QP …`, as the xlsx reader
 * skips them) or a leftover of an interrupted write. Which sheets a write may replace is
 * `ownedSheets`, by the record.
 */
export function isSkippedWhenReading(name: string): boolean {
  return name.startsWith(OWNED_SHEET_PREFIX) || isLeftoverSheetName(name);
}

/** The sheets QuotePart owns (recorded, or legacy `QP …` with a `QP_` table), in workbook order. */
export function ownedSheets(state: WorkbookState): SheetInfo[] {
  return state.sheets.filter(
    (sheet) =>
      !isLeftoverSheetName(sheet.name) &&
      ownsSheet(sheet.name, state.record, () =>
        state.tables.some((t) => t.sheetId === sheet.id && isOwnedTableName(t.name)),
      ),
  );
}
