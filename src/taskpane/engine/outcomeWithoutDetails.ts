/**
 * A run outcome as the worker sends it to the task pane: every field but `details`.
 * `details` is a getter that builds the annexes' data on first read, and posting an object
 * reads all its properties: posting the outcome itself would build and copy the details of
 * every run, even when the user never asks for an annex, the report or the export.
 */
import type { RunOutcome } from '../../engine';

/** A copy of the outcome's plain fields, without reading `details`. */
export function outcomeWithoutDetails(outcome: RunOutcome): RunOutcome {
  const { status, problems, json, plan, summary } = outcome;
  return { status, problems, json, plan, summary };
}
