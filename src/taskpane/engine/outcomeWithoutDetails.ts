/**
 * A run outcome as the worker sends it to the task pane: status, problems, summary, the
 * small parts of the JSON (comparison, checks, issues) and the outline of the plan. The
 * rest stays in the worker: `details` (a getter that builds the annexes' data on first
 * read: posting the outcome itself would build and copy it), the large JSON arrays
 * (quote-parts, titres, reductions, compensation: read only by exports built in the
 * worker) and the rows of the large tables (fetched in chunks when writing).
 */
import type { RunOutcome } from '../../engine';
import { outlinePlan, type PendingRows } from './planOutline';

/** What the worker answers to a run: the outcome, and the tables whose rows it kept. */
export type PostedRun = {
  readonly outcome: RunOutcome;
  readonly pending: readonly PendingRows[];
};

/** A plain-data copy of the outcome, light enough to post in one message. */
export function outcomeWithoutDetails(outcome: RunOutcome): PostedRun {
  const { status, problems, json, plan, summary } = outcome;
  const outline = plan === null ? null : outlinePlan(plan);
  const light = {
    ...json,
    quoteParts: [],
    titres: [],
    reductions: [],
    compensation: [],
  };
  return {
    outcome: { status, problems, json: light, plan: outline?.plan ?? null, summary },
    pending: outline?.pending ?? [],
  };
}
