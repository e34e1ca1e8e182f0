/**
 * Fast exact conversions of a fraction to fixed-point text, used for the million amounts
 * and shares a large run writes. Each function answers with plain doubles when they are
 * provably exact — integers below 2^53, or a rounding decision far enough from its
 * half-way point that the double's error cannot change it — and returns null otherwise,
 * so that the caller falls back to BigInt arithmetic. Never approximate: a null is the
 * price of any doubt. Property-tested against BigInt references.
 */
import type { Q } from './rational';

/** 10^k as doubles, exact up to 10^22. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** 10^k as a double (exact for k ≤ 22). */
export function pow10Number(k: number): number {
  return POW10[k] ?? 10 ** k;
}

/** `digits` (a non-negative integer's decimal digits) with `places` of them after a dot. */
export function withDecimalPoint(digits: string, places: number): string {
  if (places === 0) return digits;
  const padded = digits.length > places ? digits : digits.padStart(places + 1, '0');
  return `${padded.slice(0, padded.length - places)}.${padded.slice(padded.length - places)}`;
}

/**
 * v × 10^places as a safe integer when v is exactly a multiple of 10^-places (its
 * denominator divides 10^places) and everything fits in 2^53; null otherwise.
 */
export function exactScaledNumber(v: Q, places: number): number | null {
  if (places > 15) return null;
  const d = Number(v.d);
  const scale = POW10[places] as number;
  if (d > scale || scale % d !== 0) return null;
  const n = Number(v.n);
  if (!Number.isSafeInteger(n)) return null;
  const scaled = n * (scale / d);
  return Number.isSafeInteger(scaled) ? scaled : null;
}

/**
 * |v| × 10^places rounded half away from zero, when a double estimate decides it safely:
 * the estimate's relative error is below 5·2^-53 (two conversions, a division and a
 * product), so a fractional part farther than that from one half rounds the same way as
 * the exact value. Null near the half, for huge values, or when a conversion overflows.
 */
export function roundedScaledNumber(v: Q, places: number): number | null {
  if (places > 22) return null;
  const n = Number(v.n < 0n ? -v.n : v.n);
  const d = Number(v.d);
  if (d === Infinity) return null; // a finite numerator over it would look like zero
  const x = (n / d) * (POW10[places] as number);
  if (!(x < 2 ** 52)) return null; // also rejects NaN and infinities
  const floor = Math.floor(x);
  const fraction = x - floor;
  const margin = x * 1e-15 + 1e-300;
  if (Math.abs(fraction - 0.5) <= margin) return null;
  return fraction > 0.5 ? floor + 1 : floor;
}
