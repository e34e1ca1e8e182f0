/**
 * A run outcome as the worker sends it to the task pane: every field but `details` and
 * `jsonRows`, with the plan's generated rows made into arrays (functions cannot be posted).
 * `details` is a getter that builds the annexes' data on first read, and posting an object
 * reads all its properties: posting the outcome itself would build and copy the details of
 * every run, even when the user never asks for an annex, the report or the export.
 */
import { materializePlan, type RunOutcome } from '../../engine';

/** A plain-data copy of the outcome, without reading `details`. */
export function outcomeWithoutDetails(outcome: RunOutcome): RunOutcome {
  const { status, problems, json, plan, summary } = outcome;
  return { status, problems, json, plan: plan === null ? null : materializePlan(plan), summary };
}
