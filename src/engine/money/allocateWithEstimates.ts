/**
 * The largest-remainder allocation of contract §3.1 with the same exact result as
 * `allocateUnits`, computed faster: double-precision estimates of A·s_i/u decide what
 * they decide with certainty, and exact BigInt arithmetic settles everything else.
 *
 * Why it is exact: each estimate v_i is within (k + 6) ulps of the true value (k key
 * terms: one rounding per conversion, product, sum and division), i.e. a relative error
 * below 1e-14. We use a margin m_i = 1e-12·max(1, v_i), 100× wider. A floor is taken
 * from the estimate only when v_i is farther than m_i from an integer; otherwise the
 * member's floor and remainder are computed exactly. Leftover units go by remainder:
 * after sorting the estimated remainders, the members around the cut whose estimates
 * are not separated by gaps of at least 2·max(m) are re-ranked with exact remainders
 * (then member order on ties). Members outside that window are certainly above or
 * below it. The result is therefore identical to the exact algorithm; the property test
 * `allocateWithEstimates.test.ts` checks it against `allocateUnits` on random inputs.
 * Shares stay exact rationals: the doubles only choose which exact computation is needed.
 */
import type { Q } from '../numbers/rational';
import { roundUnits } from '../numbers/round';

/** What the allocation needs from a key: estimates of s_i and exact weights on demand. */
export interface ShareEstimates {
  /** s_i estimated in double precision (relative error < 1e-14). */
  readonly estimates: Float64Array;
  /** Exact W_i (s_i = W_i / W). */
  weightOf(i: number): bigint;
  /** Exact W. */
  readonly totalWeight: bigint;
}

const RELATIVE_MARGIN = 1e-12;

/** Units of u per member, exactly as `allocateUnits(amount, W_i, W, u, 'plus-forts-restes')`. */
export function allocateWithEstimates(amount: Q, shares: ShareEstimates, u: Q): bigint[] {
  const n = shares.estimates.length;
  const negative = amount.n < 0n;
  const an = (negative ? -amount.n : amount.n) * u.d;
  const ad = amount.d * u.n;
  const target = roundUnits({ n: an, d: ad }, { n: 1n, d: 1n });
  const den = ad * shares.totalWeight;
  const a = Number(an) / Number(ad);
  const floors = new Float64Array(n);
  const fractions = new Float64Array(n);
  // Exact floors and remainders of the few members the estimates cannot decide (maps: a
  // 35,000-slot array per service would be a large object for the garbage collector).
  const exactFloor = new Map<number, bigint>();
  const exactRem = new Map<number, bigint>();
  const exact = (i: number): bigint => {
    const num = an * shares.weightOf(i);
    const f = num / den;
    const r = num - f * den;
    exactFloor.set(i, f);
    exactRem.set(i, r);
    fractions[i] = Number((r * 1_000_000_000_000n) / den) / 1e12;
    return f;
  };
  let given = 0n;
  let maxMargin = RELATIVE_MARGIN;
  let smallSum = 0;
  for (let i = 0; i < n; i++) {
    const v = a * (shares.estimates[i] as number);
    const margin = RELATIVE_MARGIN * (v > 1 ? v : 1);
    if (margin > maxMargin) maxMargin = margin;
    const fl = Math.floor(v);
    const fr = v - fl;
    if (!Number.isFinite(v) || fr < margin || fr > 1 - margin || fl > Number.MAX_SAFE_INTEGER) {
      given += exact(i);
    } else {
      floors[i] = fl;
      fractions[i] = fr;
      smallSum += fl;
      if (smallSum > 2 ** 52) {
        given += BigInt(smallSum);
        smallSum = 0;
      }
    }
  }
  given += BigInt(smallSum);
  const left = Number(target - given);
  const bonus = new Uint8Array(n);
  if (left > 0)
    for (const i of topRemainders(fractions, left, 2 * maxMargin, (i) => {
      if (!exactRem.has(i)) exact(i);
      return exactRem.get(i) as bigint;
    }))
      bonus[i] = 1;
  const units = new Array<bigint>(n);
  const someExact = exactFloor.size > 0;
  for (let i = 0; i < n; i++) {
    const base = (someExact ? exactFloor.get(i) : undefined) ?? BigInt(floors[i] as number);
    const value = bonus[i] ? base + 1n : base;
    units[i] = negative ? -value : value;
  }
  return units;
}

/** The value at position `k` of `values` sorted ascending (reorders `values`: quickselect). */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    // Median of three as the pivot, then a Hoare partition.
    const mid = (lo + hi) >>> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

/**
 * The part of the ascending order of `estimates` needed around position `top`: the
 * values within `reach` of the cut, sorted, with the nearest value on either side
 * beyond them. Null when too many values crowd near the cut (sorting everything is then
 * as cheap).
 */
interface SortedNeighbourhood {
  /** Sorted position of `near[0]`. */
  readonly first: number;
  readonly near: Float64Array;
  /** Largest value below the neighbourhood (-Infinity if none), smallest above (Infinity if none). */
  readonly below: number;
  readonly above: number;
}

function neighbourhood(
  estimates: Float64Array,
  top: number,
  reach: number,
): SortedNeighbourhood | null {
  const cut = kthSmallest(Float64Array.from(estimates), top);
  const lo = cut - reach;
  const hi = cut + reach;
  let first = 0;
  let below = -Infinity;
  let above = Infinity;
  const near: number[] = [];
  for (let i = 0; i < estimates.length; i++) {
    const e = estimates[i] as number;
    if (e < lo) {
      first++;
      if (e > below) below = e;
    } else if (e > hi) {
      if (e < above) above = e;
    } else {
      near.push(e);
      if (near.length > 4096) return null;
    }
  }
  return { first, near: Float64Array.from(near).sort(), below, above };
}

/**
 * Positions `[bottom, top]` of the ambiguous window in ascending order and its values,
 * from the whole sorted array or from a neighbourhood; null when the neighbourhood does
 * not reach far enough to tell.
 */
function windowBounds(
  valueAt: (position: number) => number | undefined,
  n: number,
  count: number,
  gap: number,
): { topValue: number; bottomValue: number } | null {
  let top = n - count;
  let bottom = n - count - 1;
  for (;;) {
    if (top >= n - 1) break;
    const here = valueAt(top);
    const next = valueAt(top + 1);
    if (here === undefined || next === undefined) return null;
    if (next - here >= gap) break;
    top++;
  }
  for (;;) {
    if (bottom <= 0) break;
    const here = valueAt(bottom);
    const previous = valueAt(bottom - 1);
    if (here === undefined || previous === undefined) return null;
    if (here - previous >= gap) break;
    bottom--;
  }
  const topValue = valueAt(top);
  const bottomValue = valueAt(bottom);
  return topValue === undefined || bottomValue === undefined ? null : { topValue, bottomValue };
}

/**
 * The `count` members with the largest remainders (exact, ties to the first member),
 * from estimates accurate to `gap / 2`. The cut is found by selection, and only the
 * estimates near it are sorted (the whole array when they crowd); the exact remainders
 * are computed for the members of the window around the cut.
 */
function topRemainders(
  estimates: Float64Array,
  count: number,
  gap: number,
  exactRemainder: (i: number) => bigint,
): number[] {
  const n = estimates.length;
  if (count >= n) return Array.from({ length: n }, (_, i) => i);
  // Remainders lie in [0, 1): about 64 estimates on either side of the cut, or more when the gap is wide.
  const around = neighbourhood(estimates, n - count, Math.max(1024 * gap, 64 / n));
  let bounds: { topValue: number; bottomValue: number } | null = null;
  if (around !== null) {
    const { first, near, below, above } = around;
    const last = first + near.length - 1;
    bounds = windowBounds(
      (p) =>
        p >= first && p <= last
          ? near[p - first]
          : p === first - 1
            ? below
            : p === last + 1
              ? above
              : undefined,
      n,
      count,
      gap,
    );
  }
  if (bounds === null) {
    const sorted = Float64Array.from(estimates).sort(); // ascending
    bounds = windowBounds((p) => sorted[p], n, count, gap);
  }
  const { topValue, bottomValue } = bounds as { topValue: number; bottomValue: number };
  const chosen: number[] = [];
  const window: { i: number; r: bigint }[] = [];
  for (let i = 0; i < n; i++) {
    const e = estimates[i] as number;
    if (e > topValue) chosen.push(i);
    else if (e >= bottomValue) window.push({ i, r: exactRemainder(i) });
  }
  window.sort((x, y) => (x.r > y.r ? -1 : x.r < y.r ? 1 : x.i - y.i));
  for (let k = 0; chosen.length < count; k++) chosen.push((window[k] as { i: number }).i);
  return chosen;
}
