/**
 * The write plan as the worker first sends it to the task pane: every sheet, block and
 * chart, but the rows of large tables left out (the quote-parts and titres tables hold
 * 735,000 rows at 35,000 members; posting them with the run froze the pane for seconds).
 * The pane fetches those rows in chunks while it writes them, each chunk a short message,
 * written and let go before the one after next is asked for.
 */
import { rowArray, rowCount, type PlanRow, type WritePlan } from '../../engine';
import type { StreamedPlan, StreamedRows } from '../../workbook/office/streamedPlan';

/** Tables with more rows than this are sent without their rows. */
export const OUTLINE_MAX_ROWS = 500;

/** Rows of one chunk fetched from the worker (about 10 ms of structured clone each). */
export const PLAN_CHUNK_ROWS = 5_000;

/** A table of the outline whose rows stayed in the worker: where it is and how many rows. */
export type PendingRows = {
  readonly sheet: number;
  readonly block: number;
  readonly count: number;
};

/** The outline of a plan and the tables whose rows must be fetched. */
export type PlanOutline = {
  readonly plan: WritePlan;
  readonly pending: readonly PendingRows[];
};

/** Cuts the large tables' rows out of `plan`; small tables come as arrays (plain data). */
export function outlinePlan(plan: WritePlan): PlanOutline {
  const pending: PendingRows[] = [];
  const sheets = plan.sheets.map((sheet, s) => ({
    ...sheet,
    blocks: sheet.blocks.map((block, b) => {
      if (block.kind !== 'table') return block;
      const count = rowCount(block.rows);
      if (count <= OUTLINE_MAX_ROWS) return { ...block, rows: rowArray(block.rows) };
      pending.push({ sheet: s, block: b, count });
      return { ...block, rows: [] };
    }),
  }));
  return { plan: { sheets }, pending };
}

/** Fetches `count` rows of a pending table from `start` (a request to the worker). */
export type FetchRows = (
  table: PendingRows,
  start: number,
  count: number,
) => Promise<readonly PlanRow[]>;

/**
 * Rows of a pending table fetched chunk by chunk while they are written: the next chunk is
 * asked for as soon as one is handed out, so the worker's structured clone overlaps the
 * write of the chunk before; at most two chunks are held.
 */
function streamedRows(table: PendingRows, fetch: FetchRows): StreamedRows {
  const at = (start: number): Promise<readonly PlanRow[]> | null => {
    if (start >= table.count) return null;
    const asked = fetch(table, start, Math.min(PLAN_CHUNK_ROWS, table.count - start));
    // Awaited below; a write that stops early leaves it unread, never unhandled.
    asked.catch(() => undefined);
    return asked;
  };
  return {
    count: table.count,
    async *chunks() {
      let next = at(0);
      for (let start = 0; next !== null; start += PLAN_CHUNK_ROWS) {
        const chunk = await next;
        next = at(start + PLAN_CHUNK_ROWS);
        yield chunk;
      }
    },
  };
}

/** The outline with its pending tables' rows streamed from `fetch`, ready for `applyPlan`. */
export function streamPlanRows(
  outline: WritePlan,
  pending: readonly PendingRows[],
  fetch: FetchRows,
): StreamedPlan {
  const rowsAt = new Map(pending.map((at) => [`${at.sheet}/${at.block}`, at]));
  return {
    sheets: outline.sheets.map((sheet, s) => ({
      ...sheet,
      blocks: sheet.blocks.map((block, b) => {
        const at = rowsAt.get(`${s}/${b}`);
        return block.kind === 'table' && at ? { ...block, rows: streamedRows(at, fetch) } : block;
      }),
    })),
  };
}
