/**
 * Σ of money decimal strings, exact, written like the result tables (`formatMoney` at the
 * run's rounding unit): for an annex's totals of figures it already shows.
 */
import { ZERO, add } from '../numbers/rational';
import { parseDecimal } from '../numbers/decimalText';
import { formatMoney } from '../numbers/formatMoney';

/** Exact sum of `values`, formatted at the rounding unit `rounding` (a decimal string). */
export function sumDecimals(values: Iterable<string>, rounding: string): string {
  let acc = ZERO;
  for (const v of values) acc = add(acc, parseDecimal(v) ?? ZERO);
  return formatMoney(acc, parseDecimal(rounding) ?? { n: 1n, d: 100n });
}
