/**
 * The write plan as the worker first sends it to the task pane: every sheet, block and
 * chart, but the rows of large tables left out (the quote-parts and titres tables hold
 * 735,000 rows at 35,000 members; posting them with the run froze the pane for seconds).
 * The pane fetches those rows in chunks when it writes, each chunk a short message.
 */
import { rowArray, rowCount, type PlanRow, type WritePlan } from '../../engine';

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

/** The outline with the fetched rows put back: the complete plan, as plain data. */
export function completePlan(
  outline: WritePlan,
  fetched: ReadonlyMap<PendingRows, readonly PlanRow[]>,
): WritePlan {
  const rowsAt = new Map([...fetched].map(([at, rows]) => [`${at.sheet}/${at.block}`, rows]));
  return {
    sheets: outline.sheets.map((sheet, s) => ({
      ...sheet,
      blocks: sheet.blocks.map((block, b) => {
        const rows = rowsAt.get(`${s}/${b}`);
        return block.kind === 'table' && rows ? { ...block, rows } : block;
      }),
    })),
  };
}
