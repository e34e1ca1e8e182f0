/**
 * Writes an exact value for display: its exact decimal when it has one, else rounded
 * (half away from zero) with a flag, so that a periodic value (a presence fraction, a
 * cost divided by units) is shown as `≈ …` and never passed off as exact.
 */
import type { Q } from '../../numbers/rational';
import { decimalPlaces, formatExact, formatFixed } from '../../numbers/decimalText';

/** Decimal text of `value`, exact when it has at most 12 decimals, else with `places` decimals. */
export function exactOrRounded(value: Q, places: number): { readonly text: string; readonly exact: boolean } {
  const needed = decimalPlaces(value);
  if (needed !== null && needed <= 12) return { text: formatExact(value), exact: true };
  return { text: formatFixed(value, places), exact: false };
}
