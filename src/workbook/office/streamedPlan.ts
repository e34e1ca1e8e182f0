/**
 * A write plan whose large tables' rows arrive in chunks while the write goes on (from the
 * engine worker of the task pane), so that the page never holds the whole plan: each chunk
 * is converted, written and let go before the next one is asked for. Any `WritePlan` is a
 * `StreamedPlan` (arrays and generated rows are kept as they are).
 */
import {
  rowCount,
  type PlanRow,
  type PlanRows,
  type PlanSheet,
  type PlanTable,
  type PlanText,
} from '../../engine';

/** Rows fetched chunk by chunk, in order; `count` is known up front (ranges, progress). */
export interface StreamedRows {
  readonly count: number;
  /** The rows in order, a chunk at a time; each call starts again from the first row. */
  chunks(): AsyncIterable<readonly PlanRow[]>;
}

/** A plan table whose rows may be streamed. */
export type StreamedTable = Omit<PlanTable, 'rows'> & { readonly rows: PlanRows | StreamedRows };

/** A plan sheet whose tables' rows may be streamed. */
export type StreamedSheet = Omit<PlanSheet, 'blocks'> & {
  readonly blocks: readonly (PlanText | StreamedTable)[];
};

/** A write plan whose tables' rows may be streamed. */
export interface StreamedPlan {
  readonly sheets: readonly StreamedSheet[];
}

/** Whether `rows` arrive in chunks. */
export function isStreamed(rows: PlanRows | StreamedRows): rows is StreamedRows {
  return !Array.isArray(rows) && typeof (rows as Partial<StreamedRows>).chunks === 'function';
}

/** Number of data rows, streamed or not. */
export function streamedRowCount(rows: PlanRows | StreamedRows): number {
  return isStreamed(rows) ? rows.count : rowCount(rows);
}
