/**
 * Finds the member named for a per-member annex (task pane selector, CLI
 * `--annexe-membre`), matched like every name of the contract (case, accents, spaces
 * ignored); an unknown name comes back with the closest known names.
 */
import { normalizeName } from '../text/normalizeName';
import { closestNames } from '../text/closestNames';

/** The member's index, or the closest names when none matches. */
export type AnnexMemberMatch =
  | { readonly found: true; readonly index: number; readonly name: string }
  | { readonly found: false; readonly suggestions: readonly string[] };

/** Looks `name` up among `members` (the run's, in `Membres` order). */
export function findAnnexMember(
  members: readonly { readonly name: string }[],
  name: string,
): AnnexMemberMatch {
  const key = normalizeName(name);
  const index = members.findIndex((m) => normalizeName(m.name) === key);
  const member = members[index];
  if (member) return { found: true, index, name: member.name };
  return {
    found: false,
    suggestions: closestNames(
      name,
      members.map((m) => m.name),
      3,
    ),
  };
}
