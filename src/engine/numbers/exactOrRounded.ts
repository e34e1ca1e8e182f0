/**
 * Writes an exact value for display: its exact decimal when it has at most 12 decimals,
 * else rounded (half away from zero) with a flag, so that a periodic value (a presence
 * fraction, a cost divided by units) is shown as `≈ …` and never passed off as exact.
 * Works on unreduced fractions (no gcd): it runs once per participant and service.
 */
import type { Q } from './rational';
import { formatFixed } from './decimalText';

const SCALE = 10n ** 12n;

/** Exact decimal text of an integer or 12-decimal value, trailing zeros dropped. */
export function exactText(value: Q): string | null {
  if (value.d === 1n) return value.n.toString();
  if ((value.n * SCALE) % value.d !== 0n) return null;
  const text = formatFixed(value, 12);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Decimal text of `value`, exact when it has at most 12 decimals, else with `places` decimals. */
export function exactOrRounded(
  value: Q,
  places: number,
): { readonly text: string; readonly exact: boolean } {
  const exact = exactText(value);
  return exact !== null
    ? { text: exact, exact: true }
    : { text: formatFixed(value, places), exact: false };
}
