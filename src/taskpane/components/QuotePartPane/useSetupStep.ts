/**
 * "Démarrer": creates the empty input tables or writes the sample; once tables are
 * created, the earlier run is forgotten and the inventory read again.
 */
import * as React from 'react';
import type { InputTablesOutcome } from '../../../workbook/office/hostOperations';
import { announceSetup } from './announcements';
import { describeError } from './describeError';
import type { PaneSignals } from './usePaneSignals';
import type { StepState } from './QuotePartPane.types';

/** The set-up's state and how to run one. */
export type SetupStep = {
  readonly setup: StepState<InputTablesOutcome>;
  /** Runs `create`; `onCreated` (forget the run, read again) when tables were created. */
  readonly runSetup: (create: () => Promise<InputTablesOutcome>) => Promise<void>;
};

/** State of the set-up step. */
export function useSetupStep(signals: PaneSignals, onCreated: () => Promise<void>): SetupStep {
  const [setup, setSetup] = React.useState<StepState<InputTablesOutcome>>({ status: 'idle' });
  const { announce, focusOn } = signals;
  const runSetup = async (create: () => Promise<InputTablesOutcome>) => {
    setSetup({ status: 'working' });
    try {
      const outcome = await create();
      setSetup({ status: 'done', value: outcome });
      announce(announceSetup(outcome));
      if (outcome.status === 'created') await onCreated();
      focusOn('setup-result');
    } catch (error) {
      const message = describeError('Création des tables impossible', error);
      setSetup({ status: 'failed', message });
      announce(message);
      focusOn('setup-result');
    }
  };
  return { setup, runSetup };
}
