/**
 * The run of one period, as `quote-part compute --periode` makes it: the same workbook and
 * options as the pane's latest run, plus the engine's `period` option, so that the write
 * plan and the titres export hold only that period's titres (numbers and dates unchanged).
 * Each period is computed once per run (`cache`, emptied by the next run).
 */
import type { RawWorkbook, RunOptions, RunOutcome } from '../../../engine';
import type { EngineOperations } from '../../engine/engineOperations';

/** What the latest run read and was given. */
export type RunInput = { readonly workbook: RawWorkbook; readonly options: RunOptions };

/** The valid run of `period`; rejects with the engine's first error when it is not valid. */
export function periodRun(
  engine: Pick<EngineOperations, 'runQuotePart'>,
  input: RunInput,
  period: string,
  cache: Map<string, Promise<RunOutcome>>,
): Promise<RunOutcome> {
  let outcome = cache.get(period);
  if (!outcome) {
    outcome = engine.runQuotePart(input.workbook, { ...input.options, period }).then((run) => {
      if (run.status === 'ok' && run.plan) return run;
      const error = run.problems.find((p) => p.severity === 'error');
      throw new Error(error?.message ?? `La période ${period} n’a pas pu être calculée.`);
    });
    cache.set(period, outcome);
    // A failure is not kept: the next attempt asks the engine again.
    outcome.catch(() => cache.delete(period));
  }
  return outcome;
}
