/**
 * Splits a titre line's annual amount into equal installments over the periods kept for
 * the member (§4.2): allocation with equal shares at the `Arrondi` unit, largest
 * remainder whatever the rounding method, earlier periods first on ties.
 */
import { type Q, timesUnit } from '../numbers/rational';
import { allocateUnits } from '../money/allocate';
import type { Period } from './periods';

/** One installment of a line. */
export interface Installment {
  readonly period: Period;
  /** 1-based rank among the member's periods, and their count. */
  readonly rank: number;
  readonly count: number;
  readonly amount: Q;
}

/** Equal installments of `amount` over `periods` (in calendar order). */
export function splitInstallments(amount: Q, periods: readonly Period[], unit: Q): Installment[] {
  const units = allocateUnits(amount, periods.map(() => 1n), BigInt(periods.length), unit, 'plus-forts-restes');
  return periods.map((period, k) => ({ period, rank: k + 1, count: periods.length, amount: timesUnit(units[k] as bigint, unit) }));
}
