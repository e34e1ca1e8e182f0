/**
 * "Écrire les résultats": refuses stale results (the input is read again and compared with
 * what the run read), streams the plan's rows from the engine while they are written, and
 * writes again the member annex written earlier, in the same all-or-nothing write.
 */
import * as React from 'react';
import type { RunOutcome } from '../../../engine';
import type { PaneServices } from '../../services/paneServices';
import { annexMemberNames } from '../MemberAnnexSection/annexMemberNames';
import { announceStale, announceWrite } from './announcements';
import { describeError } from './describeError';
import type { MemberAnnexStep } from './useMemberAnnexStep';
import type { PaneSignals } from './usePaneSignals';
import type { PeriodChoice } from './usePeriodChoice';
import type { StaleWatch } from './useStaleWatch';
import type { WriteState } from './QuotePartPane.types';

/** The write's state and how to start one. */
export type WriteStep = {
  readonly write: WriteState;
  readonly resetWrite: () => void;
  /** Writes the results of `outcome` (nothing when it is not a valid run). */
  readonly writeResults: (outcome: RunOutcome | null) => Promise<void>;
};

/** State of the write of the results. */
export function useWriteStep(
  { host, engine }: PaneServices,
  stale: Pick<StaleWatch, 'changedNow' | 'setChangedSince'>,
  periods: Pick<PeriodChoice, 'period' | 'titresOf'>,
  annex: Pick<MemberAnnexStep, 'writtenAnnexMember' | 'setWrittenAnnexMember'>,
  signals: PaneSignals,
): WriteStep {
  const [write, setWrite] = React.useState<WriteState>({ status: 'idle' });
  const { announce, focusOn } = signals;

  const writeResults = async (outcome: RunOutcome | null) => {
    if (!outcome || outcome.status !== 'ok' || !outcome.plan) return;
    setWrite({ status: 'working', progress: null });
    announce('Écriture en cours.');
    try {
      // Never write stale results: the input must be what the run read.
      const changed = await stale.changedNow();
      if (changed.length > 0) {
        stale.setChangedSince(changed);
        setWrite({ status: 'stale', tables: changed });
        announce(announceStale(changed));
        focusOn('write-result');
        return;
      }
      // The rows of large tables come from the engine worker in chunks, while they are written.
      const plan = await engine.streamPlan(await periods.titresOf(outcome));
      // A member annex written earlier is written again with the new figures, in the same write.
      const kept = annex.writtenAnnexMember;
      const annexMember = kept !== null && annexMemberNames(outcome).includes(kept) ? kept : null;
      const annexPlan =
        annexMember === null ? null : await engine.buildMemberAnnexPlan(outcome, annexMember);
      const full = annexPlan ? { sheets: [...plan.sheets, ...annexPlan.sheets] } : plan;
      const report = await host.applyPlan(full, (progress) =>
        setWrite({ status: 'working', progress }),
      );
      if (annexMember === null) annex.setWrittenAnnexMember(null);
      setWrite({ status: 'done', value: { report, annexMember } });
      announce(
        announceWrite(report, full.sheets.length, annexMember) +
          (periods.period === null ? '' : ` Titres de la période ${periods.period} seulement.`),
      );
      focusOn('write-result');
    } catch (error) {
      // applyPlan is all-or-nothing: on failure the workbook is as it was.
      const message = `${describeError('L’écriture des résultats a échoué', error)} Le classeur n’a pas été modifié.`;
      setWrite({ status: 'failed', message });
      announce(message);
      focusOn('write-result');
    }
  };
  const resetWrite = React.useCallback(() => setWrite({ status: 'idle' }), []);
  return { write, resetWrite, writeResults };
}
