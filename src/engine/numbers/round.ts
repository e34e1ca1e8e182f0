/**
 * Rounding of contract §3.1: `round(v, u)` is half away from zero to a multiple of u.
 * The only rounding rule of the engine besides the largest remainder of `allocate`.
 */
import { type Q, q, mul } from './rational';

/** Rounds v/u half away from zero to an integer count of units. */
export function roundUnits(v: Q, u: Q): bigint {
  // v/u = (v.n·u.d)/(v.d·u.n), u > 0
  const num = v.n * u.d;
  const den = v.d * u.n;
  const a = num < 0n ? -num : num;
  const t = (2n * a + den) / (2n * den);
  return num < 0n ? -t : t;
}

/** round(v, u): v rounded half away from zero to a multiple of u (u > 0). */
export function roundToUnit(v: Q, u: Q): Q {
  return mul(q(roundUnits(v, u)), u);
}

/** Below this, sums and products of the fast path below stay exact integers in a double. */
const EXACT_DOUBLE = 2 ** 50;

/**
 * roundUnits(a × b, u): the count of units u nearest to a × b (half away from zero),
 * computed in doubles when every number involved is an integer below 2^50 (checked, then
 * the quotient's floor verified by exact integer products), in BigInt otherwise. The
 * coordinator fee of a groupement (quote-part × rate) and the quote-part of a Mise à
 * disposition (unit cost × units), for each of 35,000 members, take this path.
 */
export function roundProductUnits(a: Q, b: Q, u: Q): bigint {
  const num = Number(a.n) * Number(b.n) * Number(u.d);
  const den = Number(a.d) * Number(b.d) * Number(u.n);
  const absNum = num < 0 ? -num : num;
  if (absNum < EXACT_DOUBLE && den < EXACT_DOUBLE && den > 0 && Number.isInteger(absNum)) {
    // t = ⌊(2|num| + den) / (2 den)⌋, the estimate checked (and fixed by one) with exact products.
    const top = 2 * absNum + den;
    const bottom = 2 * den;
    let t = Math.floor(top / bottom);
    if (t * bottom > top) t--;
    else if ((t + 1) * bottom <= top) t++;
    return BigInt(num < 0 ? -t : t);
  }
  return roundUnits(mul(a, b), u);
}

/** round(a × b, u): the same exact result as `roundToUnit(mul(a, b), u)`, by `roundProductUnits`. */
export function roundProductToUnit(a: Q, b: Q, u: Q): Q {
  const units = roundProductUnits(a, b, u);
  return { n: u.n === 1n ? units : units * u.n, d: u.d };
}
