/**
 * "Écrire l'annexe du membre": the member chosen among the latest run's, the write of
 * their `QP Annexe membre` sheet (the results already written stay), and the member whose
 * annex was written, so that a later write of the results keeps it (rewritten).
 */
import * as React from 'react';
import type { RunOutcome } from '../../../engine';
import type { PaneServices } from '../../services/paneServices';
import { annexMemberNames } from '../MemberAnnexSection/annexMemberNames';
import { describeError } from './describeError';
import { useStableCallback } from './useStableCallback';
import type { MemberAnnexState, StepState } from './QuotePartPane.types';

/** The member choice and the annex write. */
export type MemberAnnexStep = {
  readonly members: readonly string[];
  /** Chosen member, when the latest run still has them. */
  readonly member: string | null;
  readonly memberAnnex: MemberAnnexState;
  readonly resetAnnex: () => void;
  /** Member whose annex was written in this session, or null. */
  readonly writtenAnnexMember: string | null;
  readonly setWrittenAnnexMember: (member: string | null) => void;
  readonly selectMember: (name: string | null) => void;
  readonly writeMemberAnnex: () => void;
};

/** State of the member annex over the latest run. */
export function useMemberAnnexStep(
  { host, engine }: PaneServices,
  run: StepState<RunOutcome>,
  announce: (text: string) => void,
): MemberAnnexStep {
  const [member, setMember] = React.useState<string | null>(null);
  const [memberAnnex, setMemberAnnex] = React.useState<MemberAnnexState>({ status: 'idle' });
  const [writtenAnnexMember, setWrittenAnnexMember] = React.useState<string | null>(null);
  const members = React.useMemo(
    () => (run.status === 'done' ? annexMemberNames(run.value) : []),
    [run],
  );
  // A member chosen for an earlier run counts only if the latest run still has it.
  const chosen = member !== null && members.includes(member) ? member : null;

  const writeMemberAnnex = async () => {
    const outcome = run.status === 'done' && run.value.status === 'ok' ? run.value : null;
    const name = chosen;
    if (!outcome || name === null) return;
    setMemberAnnex({ status: 'working', member: name });
    try {
      const plan = await engine.buildMemberAnnexPlan(outcome, name);
      // Only `QP Annexe membre` is replaced: the results already written stay.
      const report = await host.applyPlan(plan, undefined, { replace: 'plan-sheets' });
      setMemberAnnex({ status: 'done', member: name, value: report });
      setWrittenAnnexMember(name);
      announce(
        `Annexe de «\u00a0${name}\u00a0» écrite dans la feuille «\u00a0QP Annexe membre\u00a0».`,
      );
    } catch (error) {
      const message = `${describeError(`L’écriture de l’annexe de «\u00a0${name}\u00a0» a échoué`, error)} Le classeur n’a pas été modifié.`;
      setMemberAnnex({ status: 'failed', message });
      announce(message);
    }
  };
  // Stable identities: the memoised sections that receive them skip the progress renders.
  const selectMember = useStableCallback((name: string | null) => {
    setMember(name);
    setMemberAnnex({ status: 'idle' });
  });
  const stableWrite = useStableCallback(() => void writeMemberAnnex());
  const resetAnnex = React.useCallback(() => setMemberAnnex({ status: 'idle' }), []);
  return {
    members,
    member: chosen,
    memberAnnex,
    resetAnnex,
    writtenAnnexMember,
    setWrittenAnnexMember,
    selectMember,
    writeMemberAnnex: stableWrite,
  };
}
