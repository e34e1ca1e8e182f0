/**
 * The exact allocation behind the spreadsheet functions: weights (exact rationals) turned
 * into integers with the same ratios, then the engine's own `allocateUnits` (largest
 * remainder, ties to the first listed, contract §3.1). Scaling every weight by one common
 * factor changes no share, so the result is the one the engine gives a key.
 */
import { type Q, ZERO, add, q, timesUnit } from '../numbers/rational';
import { allocateUnits } from '../money/allocate';

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Integer weights W_i with W_i / W = w_i / Σ w (w_i ≥ 0), and their total W. */
export function integerWeights(weights: readonly Q[]): { weights: bigint[]; total: bigint } {
  let scale = 1n;
  for (const w of weights) {
    const d = w.d / gcd(w.n, w.d);
    if (scale % d !== 0n) scale = (scale / gcd(scale, d)) * d;
  }
  const ints = weights.map((w) => (w.n * scale) / w.d);
  return { weights: ints, total: ints.reduce((a, b) => a + b, 0n) };
}

/** Σ of exact values. */
export function total(values: readonly Q[]): Q {
  return values.reduce((acc, v) => add(acc, v), ZERO);
}

/**
 * allocate(amount, w / Σ w, unit) of contract §3.1: multiples of `unit` summing exactly to
 * round(amount, unit). Σ w must be > 0.
 */
export function allocateOverWeights(amount: Q, weights: readonly Q[], unit: Q): Q[] {
  const ints = integerWeights(weights);
  const u = q(unit.n, unit.d);
  return allocateUnits(amount, ints.weights, ints.total, u).map((n) => timesUnit(n, u));
}
