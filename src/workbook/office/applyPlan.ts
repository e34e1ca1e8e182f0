/**
 * Applies a write plan to the open workbook, all or nothing: state loaded and the whole
 * plan converted and checked first; then the new sheets' skeleton, the data blocks, the
 * tables and charts, all under temporary names; then the swap. Any failure before the
 * swap deletes the temporary sheets; input sheets, and owned sheets the plan does not
 * replace, are never written. Which sheets are QuotePart's is decided by the owned-sheets
 * record the CLI writes too (src/workbook/ownership/); a sheet QuotePart did not write
 * that has a result sheet's name refuses the write before anything is written. The rows of
 * streamed tables (StreamedPlan) are converted and written chunk by chunk as they arrive,
 * so that the page never holds the whole plan.
 */
import type { ExcelLike } from './excelLike';
import type { WriteProgress, WriteReport } from './hostOperations';
import { discardNewSheets } from './discardNewSheets';
import { describeExcelError, hostFailure, OfficeHostError } from './officeHostError';
import { preparePlan } from './preparePlan';
import type { PreparedSheet } from './preparedSheet';
import {
  recordAfterWrite,
  refuseSheetConflicts,
  replacedSheets,
  type ReplaceMode,
} from './replacedSheets';
import type { RequestLimits } from './requestLimits';
import { swapInNewSheets, type NewObjects } from './swapInNewSheets';
import { SyncSession } from './syncSession';
import { loadWorkbookState } from './workbookState';
import { writeValueBlocks } from './writeValueBlocks';
import { queueSkeleton } from './writeSkeleton';
import { queueTablesAndCharts } from './writeTablesAndCharts';
import type { StreamedPlan } from './streamedPlan';

async function writeUnderTemporaryNames(
  session: SyncSession,
  prepared: readonly PreparedSheet[],
  limits: RequestLimits,
  onProgress: ((progress: WriteProgress) => void) | undefined,
  pageLayout: boolean,
): Promise<{ created: NewObjects; blocks: number }> {
  const { context } = session;
  context.application.suspendApiCalculationUntilNextSync();
  const skeleton = queueSkeleton(context, prepared, pageLayout);
  await session.sync(skeleton.bytes);
  const blocks = await writeValueBlocks(session, prepared, skeleton.sheets, limits, onProgress);
  const tables = queueTablesAndCharts(context, prepared, skeleton.sheets);
  await session.sync();
  return { created: { sheets: skeleton.sheets, tables }, blocks };
}

/**
 * Writes a plan; resolves with the sync figures, rejects with an OfficeHostError. `replace`
 * says which old `QP` sheets the plan replaces (default: all of them); `pageLayout` whether
 * the host has ExcelApi 1.9 for the page set-up of printable sheets (default: no).
 */
export async function applyPlan(
  excel: ExcelLike,
  plan: StreamedPlan,
  limits: RequestLimits,
  token: string,
  onProgress?: (progress: WriteProgress) => void,
  replace: ReplaceMode = 'all',
  pageLayout = false,
): Promise<WriteReport> {
  return excel.run(async (context) => {
    const session = new SyncSession(context);
    const state = await loadWorkbookState(session).catch((error: unknown) => {
      throw hostFailure('La lecture de la liste des feuilles', error);
    });
    const replaced = replacedSheets(state, plan, replace);
    refuseSheetConflicts(state, plan, replaced);
    const prepared = await preparePlan(plan, state, token, replaced);
    let written: { created: NewObjects; blocks: number };
    try {
      written = await writeUnderTemporaryNames(session, prepared, limits, onProgress, pageLayout);
    } catch (error) {
      try {
        await discardNewSheets(session, prepared);
      } catch (cleanupError) {
        throw new OfficeHostError(
          `L'écriture des résultats a échoué (${describeExcelError(error)}) et les feuilles temporaires n'ont pas pu être supprimées (${describeExcelError(cleanupError)}) : supprimez les feuilles dont le nom commence par « ~QP ».`,
        );
      }
      throw hostFailure("L'écriture des résultats (rien n'a été modifié)", error);
    }
    await swapInNewSheets(
      session,
      state,
      written.created,
      token,
      replaced,
      recordAfterWrite(state, plan, replaced),
    );
    const rows = prepared.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rowCount, 0), 0);
    onProgress?.({ step: 'Résultats écrits.', rowsWritten: rows, rowsTotal: rows });
    return {
      syncs: session.syncs,
      largestRequestBytes: session.largestRequestBytes,
      blocks: written.blocks,
      replaced: replaced.map((sheet) => sheet.name),
    };
  });
}
