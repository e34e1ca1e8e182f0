/**
 * Writing amounts and shares as text: decimal strings for the JSON and the write plan
 * (`"1234.50"`), French text for messages and bases de liquidation (`1 234,50 €`).
 */
import { type Q, reduce } from './rational';
import { decimalPlaces, formatExact, formatFixed } from './decimalText';
import { exactScaledNumber, pow10Number, withDecimalPoint } from './fixedPoint';

/** Decimals per rounding unit (a run has one or two units; decimalPlaces costs a gcd). */
const PLACES = new WeakMap<Q, number>();

/** Decimals shown for amounts rounded to `unit`: at least 2, more if the unit needs them. */
function moneyPlaces(unit: Q): number {
  let places = PLACES.get(unit);
  if (places === undefined) PLACES.set(unit, (places = Math.max(2, decimalPlaces(unit) ?? 2)));
  return places;
}

const SCALES = new Map<number, bigint>();

function pow10(places: number): bigint {
  let s = SCALES.get(places);
  if (s === undefined) SCALES.set(places, (s = 10n ** BigInt(places)));
  return s;
}

/** Writes the integer `scaled` (value × 10^places) as a decimal string with `places` decimals. */
function scaledToString(scaled: bigint, places: number): string {
  const neg = scaled < 0n;
  let digits = (neg ? -scaled : scaled).toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  return neg ? `-${digits}` : digits;
}

/** `00` … `99`: the cents of an amount, written without slicing a string. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) =>
  i < 10 ? `0${i}` : String(i),
);

/** A safe integer `scaled` (value × 10^places) as a decimal string with `places` decimals. */
function scaledNumberText(scaled: number, places: number): string {
  const abs = scaled < 0 ? -scaled : scaled;
  let text: string;
  if (places === 2) {
    // Cents, by far the usual unit: the euros and a two-digit table (exact: abs < 2^53).
    const cents = abs % 100;
    text = `${(abs - cents) / 100}.${TWO_DIGITS[cents] as string}`;
  } else text = withDecimalPoint(String(abs), places);
  return scaled < 0 ? `-${text}` : text;
}

/** Decimal string of an amount: fixed decimals of the unit, or exact when the value needs more. */
export function formatMoney(value: Q, unit: Q): string {
  const places = moneyPlaces(unit);
  // Fast paths (nearly every amount): the value is exact at `places` decimals.
  const small = exactScaledNumber(value, places);
  if (small !== null) return scaledNumberText(small, places);
  return formatMoneyReference(value, unit);
}

/**
 * `formatMoney` in BigInt arithmetic only, without the double fast path: the reference
 * the fast path is property-tested against (and its fallback).
 */
export function formatMoneyReference(value: Q, unit: Q): string {
  const places = moneyPlaces(unit);
  const scale = pow10(places);
  if (scale % value.d === 0n) return scaledToString(value.n * (scale / value.d), places);
  const exact = decimalPlaces(reduce(value));
  return exact !== null && exact > places ? formatExact(value) : formatFixed(value, places);
}

/** A share with exactly 10 decimals, rounded half away from zero (contract §5). */
export function formatShare(value: Q): string {
  return formatFixed(value, 10);
}

/** French grouping of a decimal string: `-1234567.5` → `-1 234 567,5` (narrow no-break spaces). */
export function frenchNumber(decimal: string): string {
  const neg = decimal.charCodeAt(0) === 45;
  const body = neg ? decimal.slice(1) : decimal;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  let grouped = int;
  if (int.length > 3) {
    grouped = '';
    const head = int.length % 3 || 3;
    grouped = int.slice(0, head);
    for (let i = head; i < int.length; i += 3) grouped += `\u202f${int.slice(i, i + 3)}`;
  }
  return (neg ? '-' : '') + grouped + (dot < 0 ? '' : `,${body.slice(dot + 1)}`);
}

/** `1 234,50 €` for an amount rounded to `unit`. */
export function frenchMoney(value: Q, unit: Q): string {
  return `${frenchNumber(formatMoney(value, unit))}\u00a0€`;
}

/** `12,3456 %` with `places` decimals (rounded half away from zero). */
export function frenchPercent(value: Q, places = 4): string {
  return `${frenchNumber(formatFixed({ n: value.n * 100n, d: value.d }, places))}\u00a0%`;
}

/**
 * A share as a French percentage with at least 4 decimals and at least 6 significant
 * digits (`0,00174772 %` for a small member of a large body), so that base × share
 * recomputes the amount to the cent.
 */
export function frenchShare(value: Q): string {
  const places = sharePlacesFromDouble(value);
  return frenchPercent(value, places ?? sharePlacesExact(value));
}

/** The decimals of `frenchShare` from a double estimate; null when |v| is too close to a power of ten to be sure. */
function sharePlacesFromDouble(value: Q): number | null {
  const d = Number(value.d);
  const v = Math.abs(Number(value.n)) / d;
  if (!(v > 0 && v < Infinity && d < Infinity)) return null;
  // The loop below adds a decimal while v·10^(places+2) < 10^5, i.e. v < 10^(3 − places).
  let places = 4;
  while (places < 12 && v * pow10Number(places + 2) < 1e5) places++;
  for (let k = 4; k <= 12; k++) if (Math.abs(v * pow10Number(k + 2) - 1e5) <= 1e-9) return null;
  return places;
}

function sharePlacesExact(value: Q): number {
  const abs = value.n < 0n ? -value.n : value.n;
  let places = 4;
  // 10^(places+2) · |v| < 10^5 → too few significant digits: add decimals (at most 12).
  const bound = 100000n * value.d;
  while (places < 12 && abs * pow10(places + 2) < bound) places++;
  return places;
}

/** Exact French decimal (trailing zeros dropped): quantities, unit costs, weights. */
export function frenchExact(value: Q): string {
  return frenchNumber(formatExact(value));
}

/** Exact French decimal when it has at most 6 decimals, else `≈` and 4 decimals (totals × presence fractions). */
export function frenchReadable(value: Q): string {
  const places = decimalPlaces(reduce(value));
  return places !== null && places <= 6
    ? frenchExact(value)
    : `≈\u00a0${frenchNumber(formatFixed(value, 4))}`;
}
