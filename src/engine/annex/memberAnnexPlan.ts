/**
 * The per-member annex on demand, after a run: a write plan holding only the
 * `QP Annexe membre` sheet of the member chosen in the task pane, so that it can be
 * written (replacing the previous one) without computing again. Also the member lookup
 * shells use to validate a name (`--annexe-membre`).
 */
import type { WritePlan } from '../plan/writePlan';
import { annexSource, OutcomeUseError, type OutcomeForAnnexes } from './annexSource';
import { findAnnexMember, type AnnexMemberMatch } from './findAnnexMember';
import { memberAnnex } from './member/memberAnnex';
import { annexToPlanSheet } from './annexToPlanSheet';
import { MEMBER_ANNEX_SHEET } from './annexSheetNames';
import { frenchList } from '../text/closestNames';

/** Finds a member of a valid run by name (case, accents, spaces ignored), or the closest names. */
export function matchAnnexMember(outcome: OutcomeForAnnexes, name: string): AnnexMemberMatch {
  return findAnnexMember(annexSource(outcome).details.members, name);
}

/** Index of the member named `name`; throws `OutcomeUseError` naming the closest members. */
export function requireAnnexMember(outcome: OutcomeForAnnexes, name: string): number {
  const match = matchAnnexMember(outcome, name);
  if (!match.found)
    throw new OutcomeUseError(
      `« ${name} » n\u2019est pas un membre de la table Membres${match.suggestions.length ? ` (vouliez-vous dire ${frenchList(match.suggestions)} ?)` : ''}.`,
    );
  return match.index;
}

/** A plan with only the `QP Annexe membre` sheet of member `name`. */
export function buildMemberAnnexPlan(outcome: OutcomeForAnnexes, name: string): WritePlan {
  const member = requireAnnexMember(outcome, name);
  return {
    sheets: [
      annexToPlanSheet(
        memberAnnex(annexSource(outcome), member),
        MEMBER_ANNEX_SHEET,
        'QP_AnnexeMembre',
      ),
    ],
  };
}
