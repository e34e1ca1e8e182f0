/**
 * Filters the member selector's options as the user types: a name matches when it
 * contains the typed text, ignoring case, accents and apostrophe style, and only the first
 * matches are listed so that a 2,000-member workbook keeps a light list.
 */

/** Options listed at most; beyond, the user is asked to type more of the name. */
export const MAX_LISTED_MEMBERS = 100;

/** Lower case, without accents, with one kind of apostrophe and single spaces. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr');
}

/** Names to list for `query`, and how many more matched. */
export function filterMemberNames(
  names: readonly string[],
  query: string,
  limit = MAX_LISTED_MEMBERS,
): { readonly shown: readonly string[]; readonly more: number } {
  const wanted = fold(query);
  const matches = wanted === '' ? names : names.filter((name) => fold(name).includes(wanted));
  return { shown: matches.slice(0, limit), more: Math.max(0, matches.length - limit) };
}
