/**
 * The data rows of every output table, written as whole 2-D blocks through
 * `getRangeByIndexes(...).values`, packed into requests within the limits, with
 * calculation suspended during each request and progress reported after each one. Rows
 * are cut into blocks as their chunks come (streamed tables), and each request's blocks
 * are let go once it is sent: only one request's rows are held at a time.
 */
import type { WriteProgress } from './hostOperations';
import type { RequestContextLike, WorksheetLike } from './excelLike';
import { halveBlock, streamBlocks, type RowBlock } from './blockSplitter';
import { sendInRequests, type UnitHandler } from './batchedRequests';
import type { PreparedSheet, PreparedTable } from './preparedSheet';
import type { RequestLimits } from './requestLimits';
import type { SyncSession } from './syncSession';

/** One block of one table on one sheet. */
interface BlockUnit {
  readonly sheet: WorksheetLike;
  readonly sheetName: string;
  readonly table: PreparedTable;
  readonly block: RowBlock;
}

/** Every block of every table, in order, cut as the rows arrive. */
async function* blockUnits(
  prepared: readonly PreparedSheet[],
  sheets: ReadonlyMap<PreparedSheet, WorksheetLike>,
  limits: RequestLimits,
): AsyncGenerator<BlockUnit> {
  for (const plan of prepared) {
    const sheet = sheets.get(plan);
    if (!sheet) continue;
    for (const table of plan.tables) {
      for await (const block of streamBlocks(table.chunks(), limits))
        yield { sheet, sheetName: plan.name, table, block };
    }
  }
}

/** Writes every data block; returns how many blocks were written (after any halving). */
export async function writeValueBlocks(
  session: SyncSession,
  prepared: readonly PreparedSheet[],
  sheets: ReadonlyMap<PreparedSheet, WorksheetLike>,
  limits: RequestLimits,
  onProgress?: (progress: WriteProgress) => void,
): Promise<number> {
  const rowsTotal = prepared.reduce(
    (sum, plan) =>
      sheets.has(plan) ? sum + plan.tables.reduce((n, table) => n + table.rowCount, 0) : sum,
    0,
  );
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
  return sendInRequests(
    session,
    blockUnits(prepared, sheets, limits),
    handler,
    limits.maxBytes,
    limits.maxRows,
  );
}
