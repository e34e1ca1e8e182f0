/**
 * "Calculer": reads the workbook, runs the engine, and remembers what the run read (its
 * input for the runs of one period, its fingerprint for the stale check).
 */
import * as React from 'react';
import type { RunOutcome, WorkbookInventory } from '../../../engine';
import type { PaneServices } from '../../services/paneServices';
import { fingerprintWorkbook } from '../../stale/workbookFingerprint';
import type { RunInput } from '../PeriodSelector/periodRun';
import { announceRun } from './announcements';
import { describeError } from './describeError';
import type { PaneSignals } from './usePaneSignals';
import type { StaleWatch } from './useStaleWatch';
import type { StepState } from './QuotePartPane.types';

/** The run's state and how to start one. */
export type ComputeStep = {
  readonly run: StepState<RunOutcome>;
  readonly setRun: (state: StepState<RunOutcome>) => void;
  /** Runs; resolves with the outcome (null on failure). */
  readonly compute: () => Promise<RunOutcome | null>;
  /** What the latest run read and was given (null before the first run). */
  readonly runInput: React.MutableRefObject<RunInput | null>;
  /** Runs of one period of the latest run, computed once each. */
  readonly periodRuns: React.MutableRefObject<Map<string, Promise<RunOutcome>>>;
};

/** `onStart` clears what a new run makes obsolete (the write and the member annex states). */
export function useComputeStep(
  services: PaneServices,
  setInventory: (state: StepState<WorkbookInventory>) => void,
  stale: Pick<StaleWatch, 'remember'>,
  signals: PaneSignals,
  onStart: () => void,
): ComputeStep {
  const { host, engine } = services;
  const [run, setRun] = React.useState<StepState<RunOutcome>>({ status: 'idle' });
  const runInput = React.useRef<RunInput | null>(null);
  const periodRuns = React.useRef(new Map<string, Promise<RunOutcome>>());
  const { announce, focusOn } = signals;

  const compute = async (): Promise<RunOutcome | null> => {
    setRun({ status: 'working' });
    onStart();
    announce('Calcul en cours.');
    try {
      const workbook = await host.readWorkbook();
      const source = await host.documentName();
      const generatedAt = (services.now ?? (() => new Date()))().toISOString();
      const options = { generatedAt, version: services.version, source, host: services.hostKind };
      const [found, outcome, read] = await Promise.all([
        engine.inspectWorkbook(workbook),
        engine.runQuotePart(workbook, options),
        fingerprintWorkbook(workbook),
      ]);
      stale.remember(read);
      runInput.current = { workbook, options };
      periodRuns.current = new Map();
      setInventory({ status: 'done', value: found });
      setRun({ status: 'done', value: outcome });
      announce(announceRun(outcome));
      focusOn(outcome.status === 'ok' ? 'verdict' : 'first-problem');
      return outcome;
    } catch (error) {
      const message = describeError('Le calcul a échoué', error);
      setRun({ status: 'failed', message });
      announce(message);
      focusOn('verdict');
      return null;
    }
  };
  return { run, setRun, compute, runInput, periodRuns };
}
