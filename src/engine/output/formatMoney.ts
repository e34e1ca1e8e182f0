/**
 * Writing amounts and shares as text: decimal strings for the JSON and the write plan
 * (`"1234.50"`), French text for messages and bases de liquidation (`1 234,50 €`).
 */
import { type Q, reduce } from '../numbers/rational';
import { decimalPlaces, formatExact, formatFixed } from '../numbers/decimalText';

/** Decimals shown for amounts rounded to `unit`: at least 2, more if the unit needs them. */
export function moneyPlaces(unit: Q): number {
  return Math.max(2, decimalPlaces(unit) ?? 2);
}

/** Decimal string of an amount: fixed decimals of the unit, or exact when the value needs more. */
export function formatMoney(value: Q, unit: Q): string {
  const places = moneyPlaces(unit);
  const exact = decimalPlaces(reduce(value));
  return exact !== null && exact > places ? formatExact(value) : formatFixed(value, places);
}

/** A share with exactly 10 decimals, rounded half away from zero (contract §5). */
export function formatShare(value: Q): string {
  return formatFixed(value, 10);
}

/** French grouping of a decimal string: `-1234567.5` → `-1 234 567,5` (narrow no-break spaces). */
export function frenchNumber(decimal: string): string {
  const neg = decimal.startsWith('-');
  const [int = '', frac] = (neg ? decimal.slice(1) : decimal).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return (neg ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

/** `1 234,50 €` for an amount rounded to `unit`. */
export function frenchMoney(value: Q, unit: Q): string {
  return `${frenchNumber(formatMoney(value, unit))}\u00a0€`;
}

/** `12,3456 %` with `places` decimals (rounded half away from zero). */
export function frenchPercent(value: Q, places = 4): string {
  return `${frenchNumber(formatFixed({ n: value.n * 100n, d: value.d }, places))}\u00a0%`;
}

/** Exact French decimal (trailing zeros dropped): quantities, unit costs, weights. */
export function frenchExact(value: Q): string {
  return frenchNumber(formatExact(value));
}
