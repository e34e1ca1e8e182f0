/**
 * The period whose titres alone are written and exported ("Période des titres"), and the
 * run those titres come from: the latest run, or its run for the chosen period.
 */
import * as React from 'react';
import type { RunOutcome } from '../../../engine';
import type { EngineOperations } from '../../engine/engineOperations';
import { periodRun } from '../PeriodSelector/periodRun';
import type { ComputeStep } from './useComputeStep';
import { useStableCallback } from './useStableCallback';

/** The periods of the latest run, the one chosen, and the run of the titres. */
export type PeriodChoice = {
  readonly periods: readonly string[];
  /** Chosen period, when the latest run still has it; null: the whole year. */
  readonly period: string | null;
  readonly selectPeriod: (label: string | null) => void;
  /** The run whose titres are written and exported for `outcome`. */
  readonly titresOf: (outcome: RunOutcome) => Promise<RunOutcome>;
};

/** State of the period choice over the latest run. */
export function usePeriodChoice(
  engine: EngineOperations,
  compute: Pick<ComputeStep, 'run' | 'runInput' | 'periodRuns'>,
  announce: (text: string) => void,
): PeriodChoice {
  const [period, setPeriod] = React.useState<string | null>(null);
  const { run, runInput, periodRuns } = compute;
  const periods = run.status === 'done' ? (run.value.summary.periods ?? []) : [];
  const chosen = period !== null && periods.includes(period) ? period : null;
  const titresOf = (outcome: RunOutcome): Promise<RunOutcome> =>
    chosen === null || runInput.current === null
      ? Promise.resolve(outcome)
      : periodRun(engine, runInput.current, chosen, periodRuns.current);
  const selectPeriod = useStableCallback((label: string | null) => {
    setPeriod(label);
    announce(
      label === null
        ? 'Période des titres : toute l’année.'
        : `Période des titres : ${label}. Seuls ses titres seront écrits et exportés.`,
    );
  });
  return { periods, period: chosen, selectPeriod, titresOf };
}
