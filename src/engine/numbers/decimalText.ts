/**
 * Exact conversions between decimal text and `Q`. Parsing accepts only plain decimal
 * notation (sign, digits, one dot, optional exponent), so that every accepted value is
 * exactly what was written: no binary float ever sits in between.
 */
import { type Q, q, reduce } from './rational';
import { roundedScaledNumber, withDecimalPoint } from './fixedPoint';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses `-1234.5`, `1e-7`, `.5` into an exact Q; null when the text is not such a number. */
export function parseDecimal(text: string): Q | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart === '' && fracPart === '') return null;
  const exp = m[4] ? Number(m[4]) : 0;
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return null;
  let n = BigInt((intPart || '0') + fracPart);
  if (m[1] === '-') n = -n;
  const scale = fracPart.length - exp;
  return scale >= 0 ? q(n, 10n ** BigInt(scale)) : q(n * 10n ** BigInt(-scale), 1n);
}

/**
 * The exact decimal a spreadsheet number stands for: the shortest decimal that gives back
 * its binary value (what the user typed: 0.1, not 0.1000000000000000055…). JavaScript's
 * `String(number)` is exactly that shortest round-trip form.
 */
export function numberToQ(value: number): Q | null {
  if (!Number.isFinite(value)) return null;
  return parseDecimal(String(value));
}

/** Number of decimals needed to write a power-of-ten-denominator value exactly, or null. */
export function decimalPlaces(v: Q): number | null {
  let d = reduce(v).d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  return d === 1n ? Math.max(twos, fives) : null;
}

const BIG_POWERS: bigint[] = [];

/** 10^places as a BigInt (cached). */
function pow10Big(places: number): bigint {
  return (BIG_POWERS[places] ??= 10n ** BigInt(places));
}

/**
 * Writes v with exactly `places` decimals, rounding half away from zero (used for amounts,
 * which are already exact at that precision, and for shares at 10 decimals).
 */
export function formatFixed(v: Q, places: number): string {
  const fast = roundedScaledNumber(v, places);
  if (fast !== null)
    return (v.n < 0n && fast !== 0 ? '-' : '') + withDecimalPoint(String(fast), places);
  const scale = pow10Big(places);
  const num = v.n * scale;
  const a = num < 0n ? -num : num;
  const units = (2n * a + v.d) / (2n * v.d);
  const neg = num < 0n && units !== 0n;
  let digits = units.toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  return (neg ? '-' : '') + digits;
}

/** Writes v exactly, without trailing zeros (v must have a finite decimal expansion, else 12 decimals). */
export function formatExact(v: Q): string {
  if (v.d === 1n) return v.n.toString();
  const places = decimalPlaces(v);
  const text = formatFixed(v, places ?? 12);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
