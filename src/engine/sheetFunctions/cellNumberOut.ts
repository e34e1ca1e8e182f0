/**
 * The only way a result leaves the functions: an exact value written with its decimals
 * (a multiple of the rounding unit, or a share at 10 decimals) and handed to Excel as the
 * double nearest to that decimal text, which is what the cell shows. Excel cells hold
 * doubles; every computation before this point is exact.
 */
import type { Q } from '../numbers/rational';
import { formatExact, formatFixed } from '../numbers/decimalText';

/** An exact amount (finite decimal) as the double Excel stores for it. */
export function amountToCell(value: Q): number {
  return Number(formatExact(value));
}

/** A share rounded half away from zero to 10 decimals (contract §5), as a double. */
export function shareToCell(value: Q): number {
  return Number(formatFixed(value, 10));
}
