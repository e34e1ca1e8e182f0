/**
 * Undo of a write that failed before the swap: deletes whichever temporary sheets were
 * created (found by name, since a failed request may have created only some of them).
 * The old results and the input sheets were never touched.
 */
import type { PreparedSheet } from './preparedSheet';
import type { SyncSession } from './syncSession';

/** Deletes the temporary sheets that exist (two syncs). */
export async function discardNewSheets(
  session: SyncSession,
  prepared: readonly PreparedSheet[],
): Promise<void> {
  const { worksheets } = session.context.workbook;
  const found = prepared.map((plan) => worksheets.getItemOrNullObject(plan.temporaryName));
  await session.sync();
  const existing = found.filter((sheet) => !sheet.isNullObject);
  if (existing.length === 0) return;
  for (const sheet of existing) sheet.delete();
  await session.sync();
}
