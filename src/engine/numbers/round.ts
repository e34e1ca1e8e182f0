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
