/**
 * The swap that ends a write. Step 1 (one request): the old sheets QuotePart owns and
 * their tables take backup names, the new sheets and tables their real names, and the
 * owned-sheets record (custom document properties, as the xlsx adapter writes them) lists
 * the sheets now QuotePart's — all in one request. Step 2 (one request):
 * the backups and any leftovers of an interrupted write are deleted. If step 1 fails, the
 * new sheets are deleted and the old names put back: the workbook is as it was. If step 2
 * fails, the new results are complete and the error says which old sheets remain.
 */
import { encodeOwnedSheets } from '../ownership/ownedSheetsRecord';
import type { TableLike, WorksheetLike } from './excelLike';
import { describeExcelError, hostFailure, OfficeHostError } from './officeHostError';
import type { PreparedSheet, PreparedTable } from './preparedSheet';
import type { SyncSession } from './syncSession';
import { backupSheetName, backupTableName, isLeftoverSheetName } from './temporaryNames';
import type { SheetInfo, WorkbookState } from './workbookState';

/** New sheets and tables, as created by the write. */
export interface NewObjects {
  readonly sheets: ReadonlyMap<PreparedSheet, WorksheetLike>;
  readonly tables: ReadonlyMap<PreparedTable, TableLike>;
}

async function restoreOldNames(
  session: SyncSession,
  state: WorkbookState,
  created: NewObjects,
  oldSheets: readonly SheetInfo[],
): Promise<void> {
  const { workbook } = session.context;
  for (const sheet of created.sheets.values()) sheet.delete();
  const oldIds = new Set(oldSheets.map((s) => s.id));
  for (const sheet of oldSheets) workbook.worksheets.getItem(sheet.id).name = sheet.name;
  for (const table of state.tables)
    if (oldIds.has(table.sheetId)) workbook.tables.getItem(table.id).name = table.name;
  await session.sync();
}

/** Queues the record of `names`, dropping the record's properties no longer needed. */
function queueRecord(session: SyncSession, state: WorkbookState, names: readonly string[]): void {
  const custom = session.context.workbook.properties.custom;
  const properties = encodeOwnedSheets(names);
  for (const property of properties) custom.add(property.key, property.value);
  const kept = new Set(properties.map((p) => p.key.toLowerCase()));
  for (const key of state.recordKeys)
    if (!kept.has(key.toLowerCase())) custom.getItem(key).delete();
}

/**
 * Replaces the old QuotePart sheets by the new ones (two syncs). `oldSheets`: the owned
 * sheets replaced; leftovers of an interrupted write are deleted too. `record`: the sheet
 * names QuotePart owns after the write.
 */
export async function swapInNewSheets(
  session: SyncSession,
  state: WorkbookState,
  created: NewObjects,
  token: string,
  oldSheets: readonly SheetInfo[],
  record: readonly string[],
): Promise<void> {
  const { workbook } = session.context;
  const oldIds = new Set(oldSheets.map((s) => s.id));
  oldSheets.forEach((sheet, i) => {
    workbook.worksheets.getItem(sheet.id).name = backupSheetName(i, token);
  });
  state.tables
    .filter((t) => oldIds.has(t.sheetId))
    .forEach((table, i) => {
      workbook.tables.getItem(table.id).name = backupTableName(i, token);
    });
  for (const [plan, sheet] of created.sheets) sheet.name = plan.name;
  for (const [table, excelTable] of created.tables) excelTable.name = table.name;
  queueRecord(session, state, record);
  try {
    await session.sync();
  } catch (error) {
    try {
      await restoreOldNames(session, state, created, oldSheets);
    } catch (restoreError) {
      throw new OfficeHostError(
        `Le remplacement des feuilles QP a échoué (${describeExcelError(error)}) et la remise en état aussi (${describeExcelError(restoreError)}). Vérifiez les feuilles dont le nom commence par « ~ ».`,
      );
    }
    throw hostFailure('Le remplacement des anciennes feuilles QP', error);
  }
  const toDelete = [...oldSheets, ...state.sheets.filter((s) => isLeftoverSheetName(s.name))];
  for (const sheet of toDelete) workbook.worksheets.getItem(sheet.id).delete();
  if (toDelete.length === 0) return;
  try {
    await session.sync();
  } catch (error) {
    throw new OfficeHostError(
      `Les résultats sont écrits, mais les anciennes feuilles n'ont pas pu être supprimées (${describeExcelError(error)}) : supprimez les feuilles dont le nom commence par « ~ ».`,
    );
  }
}
