/** Double-precision estimates of a key's shares, for the fast allocation (checked exactly after). */

/** s_j ≈ Σ_k C_k · x_jk / W in doubles; null when a magnitude does not fit a double. */
export function estimateShares(
  columns: readonly Float64Array[],
  coefficients: readonly bigint[],
  totalWeight: bigint,
  count: number,
): Float64Array | null {
  const w = Number(totalWeight);
  const c = coefficients.map(Number);
  if (!Number.isFinite(w) || w === 0 || c.some((x) => !Number.isFinite(x))) return null;
  const out = new Float64Array(count);
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k] as Float64Array;
    const ck = (c[k] as number) / w;
    if (!Number.isFinite(ck) || (ck !== 0 && Math.abs(ck) < 1e-290)) return null; // keep clear of subnormal precision
    for (let j = 0; j < count; j++) out[j] = (out[j] as number) + ck * (column[j] as number);
  }
  return out;
}
