/**
 * `allocate(A, s, u)` of contract §3.1: split A over shares s_i = w_i / W into multiples
 * of u summing exactly to round(A, u), by largest remainder with the member-order
 * tie-break; or, with `Ligne à ligne`, each share rounded on its own.
 * Works in integer units of u on BigInt: exact for any magnitude.
 */
import { type Q } from '../numbers/rational';
import { roundUnits } from '../numbers/round';
import { largestRemainders } from './largestRemainder';

/** The rounding method of `Méthode d'arrondi`. */
export type RoundingMethod = 'plus-forts-restes' | 'ligne-a-ligne';

/**
 * Units of u given to each member (member i gets `units[i] × u`).
 * `weights` are non-negative integers, their total `W` > 0.
 */
export function allocateUnits(
  amount: Q,
  weights: readonly bigint[],
  total: bigint,
  u: Q,
  method: RoundingMethod = 'plus-forts-restes',
): bigint[] {
  if (total <= 0n) throw new RangeError('allocate: le total des poids doit être positif.');
  // |A|/u = an/ad
  const negative = amount.n < 0n;
  const an = (negative ? -amount.n : amount.n) * u.d;
  const ad = amount.d * u.n;
  const n = weights.length;
  const units = new Array<bigint>(n);
  const den = ad * total;
  if (method === 'ligne-a-ligne') {
    for (let i = 0; i < n; i++) {
      const num = an * (weights[i] as bigint);
      units[i] = (2n * num + den) / (2n * den);
    }
  } else {
    const remainders = new Array<bigint>(n);
    let given = 0n;
    for (let i = 0; i < n; i++) {
      const num = an * (weights[i] as bigint);
      const f = num / den;
      units[i] = f;
      remainders[i] = num - f * den;
      given += f;
    }
    const target = roundUnits({ n: an, d: ad }, { n: 1n, d: 1n });
    const left = Number(target - given);
    for (const i of largestRemainders(remainders, den, left)) units[i] = (units[i] as bigint) + 1n;
  }
  if (negative) for (let i = 0; i < n; i++) units[i] = -(units[i] as bigint);
  return units;
}
