/**
 * The French form of a word agreeing with a count: singular for 0 and 1, plural from 2
 * ("1 caractère transcrit", "0 ligne", "3 lignes"). The export notices say the exact
 * count, so they never write "caractère(s)".
 */

/** `singular` when `count` is below 2, else `plural` (default: `singular` + "s"). */
export function frenchPlural(count: number, singular: string, plural = `${singular}s`): string {
  return Math.abs(count) < 2 ? singular : plural;
}
