/**
 * `--annexe-membre MEMBRE`. The engine turns an unknown name into a warning and goes on
 * without the annex, which suits the task pane (the name comes from a list). On the
 * command line an unknown name is a typing mistake the user wants to hear about before
 * anything is written: the CLI refuses it (exit 2) with the closest member names.
 */
import {
  buildMemberAnnexPlan,
  matchAnnexMember,
  MEMBER_ANNEX_SHEET,
  type RunOutcome,
  type WritePlan,
} from '../engine';

function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `« ${name} »`);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} ou ${quoted[quoted.length - 1] ?? ''}`;
}

/** The French message when `name` is no member of a valid run; null when it is one, or when nothing can be checked. */
export function unknownAnnexMember(outcome: RunOutcome, name: string | null): string | null {
  if (name === null || outcome.status !== 'ok') return null;
  const match = matchAnnexMember(outcome, name);
  if (match.found) return null;
  const hint =
    match.suggestions.length > 0 ? ` (vouliez-vous dire ${quotedList(match.suggestions)} ?)` : '';
  return `--annexe-membre : « ${name} » n'est pas un membre de la table Membres${hint}`;
}

/**
 * The plan to write: the run's, plus the member's annex sheet when the run left it out
 * (parameter `Annexes` = `Non` turns every annex sheet off, but a member annex asked on
 * the command line is still written).
 */
export function planWithMemberAnnex(
  outcome: RunOutcome,
  plan: WritePlan,
  name: string | null,
): WritePlan {
  if (name === null || plan.sheets.some((sheet) => sheet.name === MEMBER_ANNEX_SHEET)) return plan;
  return { sheets: [...plan.sheets, ...buildMemberAnnexPlan(outcome, name).sheets] };
}
