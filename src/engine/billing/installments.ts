/**
 * Splits a titre line's annual amount into equal installments over the periods kept for
 * the member (§4.2): allocation with equal shares at the `Arrondi` unit, largest
 * remainder whatever the rounding method, earlier periods first on ties.
 */
import { type Q, timesUnit } from '../numbers/rational';
import { roundUnits } from '../numbers/round';
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
  // Equal shares: every remainder is the same, so the units left go to the earliest periods.
  const total = roundUnits(amount, unit);
  const negative = total < 0n;
  const abs = negative ? -total : total;
  const count = BigInt(periods.length);
  const base = abs / count;
  const left = abs - base * count;
  return periods.map((period, k) => {
    const units = base + (BigInt(k) < left ? 1n : 0n);
    return {
      period,
      rank: k + 1,
      count: periods.length,
      amount: timesUnit(negative ? -units : units, unit),
    };
  });
}
