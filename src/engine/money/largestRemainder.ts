/**
 * The order in which leftover units go in a largest-remainder allocation: largest
 * remainder first, equal remainders to the member listed first (contract §3.1).
 * Remainders share one denominator, so comparing numerators is exact. A float key sorts
 * first (fast), then an insertion pass with exact BigInt comparisons repairs any order
 * the float key could not see: the result is exact whatever the magnitudes.
 */

/** Indices of the `count` members that receive one more unit. */
export function largestRemainders(
  remainders: readonly bigint[],
  denominator: bigint,
  count: number,
): number[] {
  const n = remainders.length;
  if (count <= 0) return [];
  if (count >= n) return remainders.map((_, i) => i);
  const shift = BigInt(Math.max(0, denominator.toString(16).length * 4 - 900));
  const scale = Number(denominator >> shift);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Number((remainders[i] as bigint) >> shift) / scale;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
  const before = (a: number, b: number): boolean => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra > rb || (ra === rb && a < b);
  };
  for (let i = 1; i < n; i++) {
    const v = order[i] as number;
    let j = i - 1;
    while (j >= 0 && before(v, order[j] as number)) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = v;
  }
  return Array.from(order.subarray(0, count));
}
