/**
 * Logic of the task pane, composed of one hook per step: inventory, stale watch, set-up,
 * compute, period choice, member annex, write, problem selection, and the live region and
 * focus they all report through. Each button starts one asynchronous step on the host or
 * the engine and records its state; nothing here renders or touches Office.
 */
import * as React from 'react';
import { usePaneServices } from '../../services/PaneServicesContext';
import { useComputeStep } from './useComputeStep';
import { useInventoryStep } from './useInventoryStep';
import { useMemberAnnexStep } from './useMemberAnnexStep';
import { usePaneSignals } from './usePaneSignals';
import { usePeriodChoice } from './usePeriodChoice';
import { useProblemSelection } from './useProblemSelection';
import { useSetupStep } from './useSetupStep';
import { useStableCallback } from './useStableCallback';
import { useStaleWatch } from './useStaleWatch';
import { useWriteStep } from './useWriteStep';
import type { QuotePartPaneProps, QuotePartPaneState } from './QuotePartPane.types';

/** State and actions of the task pane. */
export function useQuotePartPane(props: QuotePartPaneProps): QuotePartPaneState {
  const services = usePaneServices();
  const busyRef = React.useRef(false);
  const signals = usePaneSignals();
  const { inventory, setInventory, refresh } = useInventoryStep(services);
  const stale = useStaleWatch(services, busyRef, setInventory, signals.announce);
  // A new run makes the write, the member annex and the selection error obsolete.
  const onComputeStart = useStableCallback(() => {
    writing.resetWrite();
    annex.resetAnnex();
    selection.clearSelectionError();
  });
  const computing = useComputeStep(services, setInventory, stale, signals, onComputeStart);
  const { run } = computing;
  const periods = usePeriodChoice(services.engine, computing, signals.announce);
  const annex = useMemberAnnexStep(services, run, signals.announce);
  const writing = useWriteStep(services, stale, periods, annex, signals);
  const selection = useProblemSelection(services, signals.announce);
  const { setup, runSetup } = useSetupStep(signals, async () => {
    computing.setRun({ status: 'idle' });
    writing.resetWrite();
    stale.remember(null);
    await refresh();
  });

  const stableTitresOutcome = useStableCallback(() =>
    run.status === 'done'
      ? periods.titresOf(run.value)
      : Promise.reject(new Error('Aucun calcul : lancez le calcul.')),
  );
  const busy = [inventory, setup, run, writing.write, annex.memberAnnex].some(
    (step) => step.status === 'working',
  );
  busyRef.current = busy;
  const current = run.status === 'done' ? run.value : null;
  return {
    className: props.className,
    inventory,
    setup,
    run,
    write: writing.write,
    members: annex.members,
    member: annex.member,
    periods: periods.periods,
    period: periods.period,
    selectPeriod: periods.selectPeriod,
    titresOutcome: stableTitresOutcome,
    memberAnnex: annex.memberAnnex,
    selectionError: selection.selectionError,
    busy,
    announcement: signals.announcement,
    focus: signals.focus,
    changedSince: stale.changedSince,
    refresh: () => void refresh(),
    createTemplate: () => void runSetup(() => services.host.createInputTemplate()),
    loadSample: () =>
      void runSetup(async () => services.host.writeInputTables(await services.loadSample())),
    compute: () => void computing.compute(),
    writeResults: () => void writing.writeResults(current),
    recomputeAndWrite: () =>
      void computing.compute().then((outcome) => writing.writeResults(outcome)),
    selectMember: annex.selectMember,
    writeMemberAnnex: annex.writeMemberAnnex,
    showProblem: selection.showProblem,
  };
}
