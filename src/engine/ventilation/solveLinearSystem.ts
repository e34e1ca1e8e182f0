/**
 * Exact solution of a square linear system with integer coefficients (Bareiss's
 * fraction-free elimination, then back-substitution over exact fractions): what the
 * reciprocal ventilation of support services needs (§6.2, "solved exactly — no floating
 * point, no iteration"). Every intermediate value of the elimination is an integer
 * (a minor of the matrix), so numbers stay as small as the answer allows.
 */
import { type Q, q, sub, mul, div } from '../numbers/rational';

/**
 * Solves A·x = b (A an n×n matrix of integers, b n integers). Returns x as exact
 * fractions, or null when A is singular.
 */
export function solveIntegerSystem(
  matrix: readonly (readonly bigint[])[],
  rhs: readonly bigint[],
): Q[] | null {
  const n = rhs.length;
  // Augmented rows, copied: [A | b].
  const m: bigint[][] = matrix.map((row, i) => [...row, rhs[i] as bigint]);
  let previous = 1n;
  for (let k = 0; k < n; k++) {
    let pivotRow = k;
    while (pivotRow < n && (m[pivotRow] as bigint[])[k] === 0n) pivotRow++;
    if (pivotRow === n) return null;
    if (pivotRow !== k) [m[k], m[pivotRow]] = [m[pivotRow] as bigint[], m[k] as bigint[]];
    const pivot = m[k] as bigint[];
    const p = pivot[k] as bigint;
    for (let i = k + 1; i < n; i++) {
      const row = m[i] as bigint[];
      const factor = row[k] as bigint;
      for (let j = k + 1; j <= n; j++)
        // Bareiss: the division is exact (Sylvester's identity).
        row[j] = ((row[j] as bigint) * p - factor * (pivot[j] as bigint)) / previous;
      row[k] = 0n;
    }
    previous = p;
  }
  const x: Q[] = new Array<Q>(n);
  for (let i = n - 1; i >= 0; i--) {
    const row = m[i] as bigint[];
    let acc: Q = q(row[n] as bigint);
    for (let j = i + 1; j < n; j++) acc = sub(acc, mul(q(row[j] as bigint), x[j] as Q));
    const v = div(acc, q(row[i] as bigint));
    x[i] = q(v.n, v.d);
  }
  return x;
}
