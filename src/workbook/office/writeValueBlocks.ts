/**
 * The data rows of every output table, written as whole 2-D blocks through
 * `getRangeByIndexes(...).values`, packed into requests within the limits, with
 * calculation suspended during each request and progress reported after each one.
 */
import type { WriteProgress } from './hostOperations';
import type { RequestContextLike, WorksheetLike } from './excelLike';
import { halveBlock, splitIntoBlocks, type RowBlock } from './blockSplitter';
import { sendInRequests, type UnitHandler } from './batchedRequests';
import type { PreparedSheet, PreparedTable } from './preparePlan';
import type { RequestLimits } from './requestLimits';
import type { SyncSession } from './syncSession';

/** One block of one table on one sheet. */
interface BlockUnit {
  readonly sheet: WorksheetLike;
  readonly sheetName: string;
  readonly table: PreparedTable;
  readonly block: RowBlock;
}

/** Writes every data block; returns how many blocks were written (after any halving). */
export async function writeValueBlocks(
  session: SyncSession,
  prepared: readonly PreparedSheet[],
  sheets: ReadonlyMap<PreparedSheet, WorksheetLike>,
  limits: RequestLimits,
  onProgress?: (progress: WriteProgress) => void,
): Promise<number> {
  const units: BlockUnit[] = [];
  for (const plan of prepared) {
    const sheet = sheets.get(plan);
    if (!sheet) continue;
    for (const table of plan.tables) {
      for (const block of splitIntoBlocks(table.rows, limits, table.rowSizes))
        units.push({ sheet, sheetName: plan.name, table, block });
    }
  }
  const rowsTotal = units.reduce((sum, u) => sum + u.block.rows.length, 0);
  let rowsWritten = 0;
  const context: RequestContextLike = session.context;
  const handler: UnitHandler<BlockUnit> = {
    size: (u) => ({ bytes: u.block.bytes, rows: u.block.rows.length }),
    enqueue: ({ sheet, table, block }) => {
      const range = sheet.getRangeByIndexes(
        table.row + 1 + block.start,
        table.column,
        block.rows.length,
        table.headers.length,
      );
      range.values = block.rows as unknown[][];
    },
    split: (u) => {
      const halves = halveBlock(u.block);
      return halves
        ? [
            { ...u, block: halves[0] },
            { ...u, block: halves[1] },
          ]
        : null;
    },
    beforeRequest: () => context.application.suspendApiCalculationUntilNextSync(),
    afterRequest: (sent) => {
      rowsWritten += sent.reduce((sum, u) => sum + u.block.rows.length, 0);
      const last = sent[sent.length - 1];
      onProgress?.({ step: `Écriture de « ${last?.sheetName ?? ''} »…`, rowsWritten, rowsTotal });
    },
  };
  const sent = await sendInRequests(session, units, handler, limits.maxBytes, limits.maxRows);
  return sent.length;
}
