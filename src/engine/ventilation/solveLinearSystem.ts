/**
 * Exact solution of a square linear system with integer coefficients (Bareiss's
 * fraction-free elimination, then a fraction-free back-substitution): what the
 * reciprocal ventilation of support services needs (§6.2, "solved exactly — no floating
 * point, no iteration"). Every intermediate value is an integer (a minor of the matrix),
 * and the solution comes as integer numerators over one common denominator, det(A), so
 * that no gcd of large numbers is ever needed.
 */

/** x = numerators / denominator (denominator = ±det(A) ≠ 0). */
export interface IntegerSolution {
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
}

/**
 * Solves A·x = b (A an n×n matrix of integers, b n integers). Returns x as numerators
 * over det(A), or null when A is singular.
 */
export function solveIntegerSystem(
  matrix: readonly (readonly bigint[])[],
  rhs: readonly bigint[],
): IntegerSolution | null {
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
  // The last pivot is ±det(A); y = det · x is an integer vector (Cramer), found from the
  // bottom up with exact divisions: m_ii · y_i = det · b'_i − Σ_{j>i} m_ij · y_j.
  const det = previous;
  const y = new Array<bigint>(n);
  for (let i = n - 1; i >= 0; i--) {
    const row = m[i] as bigint[];
    let acc = det * (row[n] as bigint);
    for (let j = i + 1; j < n; j++) acc -= (row[j] as bigint) * (y[j] as bigint);
    y[i] = acc / (row[i] as bigint);
  }
  return det < 0n
    ? { numerators: y.map((v) => -v), denominator: -det }
    : { numerators: y, denominator: det };
}
