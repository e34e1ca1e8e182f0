/**
 * Resolves `RunOptions.annexMember` for the write plan: the member's index, or null
 * (no member annex) with a warning naming the closest members when the name is unknown.
 */
import type { ProblemList } from '../problems/problemList';
import { frenchList } from '../text/closestNames';
import { findAnnexMember } from './findAnnexMember';

/** Index of the member to annex, or null when none is asked or the name is unknown. */
export function resolveAnnexMember(
  members: readonly { readonly name: string }[],
  name: string | undefined,
  problems: ProblemList,
): number | null {
  if (name === undefined || name.trim() === '') return null;
  const match = findAnnexMember(members, name);
  if (match.found) return match.index;
  problems.warning(
    'ANNEXE_MEMBRE_INCONNU',
    { table: 'Membres', column: 'Membre', value: name },
    `Annexe par membre : « ${name} » n\u2019est pas un membre de la table Membres${match.suggestions.length ? ` (vouliez-vous dire ${frenchList(match.suggestions)} ?)` : ''}. L\u2019annexe de ce membre n\u2019est pas produite.`,
  );
  return null;
}
