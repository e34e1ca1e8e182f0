/**
 * The ventilation of support services (contract §6.2), as a pure function: from each
 * support's direct cost D_s and the weights of `Ventilations`, the total T_s each support
 * passes on (`Directe`, `En cascade` or `Réciproque`, exact), the amounts R_j the other
 * services receive, and the single largest-remainder rounding V of those amounts. Input
 * that would lose a cost (no receiver) or make the reciprocal system singular comes back
 * as failures, never as a partial result.
 */
import { type Q, ZERO, add, div, mul, q, reduce, sign, sum } from '../numbers/rational';
import { allocateUnits } from '../money/allocate';
import type { Ventilation, VentilationMethod } from '../domain/inputModel';
import { solveIntegerSystem } from './solveLinearSystem';

/** What the ventilation is computed from; services are identified by their `Services` index. */
export interface VentilationInput {
  /** Support services, in `Services` order. */
  readonly supports: readonly number[];
  /** The other services, in `Services` order. */
  readonly receivers: readonly number[];
  /** D_s ≥ 0 per support (negative costs are refused before). */
  readonly direct: ReadonlyMap<number, Q>;
  /** One link per pair, weight > 0, never from a service to itself. */
  readonly links: readonly {
    readonly support: number;
    readonly receiver: number;
    readonly weight: Q;
  }[];
  readonly method: VentilationMethod;
  /** `Arrondi`: the rounding unit of V. */
  readonly rounding: Q;
}

/** Why a ventilation cannot be computed. */
export type VentilationFailure =
  /** The support has no link of non-zero weight: its cost would be lost. */
  | { readonly kind: 'lost'; readonly support: number }
  /** The method leaves the support without any receiver. */
  | { readonly kind: 'no-receiver'; readonly support: number }
  /** `Réciproque`: these supports (in `Services` order) reach no non-support service. */
  | { readonly kind: 'singular'; readonly supports: readonly number[] };

/** The solved ventilation, or every reason it cannot be. */
export type VentilationOutcome =
  | { readonly ok: true; readonly ventilation: Ventilation }
  | { readonly ok: false; readonly failures: readonly VentilationFailure[] };

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

/** Whether the method keeps a link from `support` to `receiver` (§6.2). */
function kept(
  method: VentilationMethod,
  isSupport: boolean,
  support: number,
  receiver: number,
): boolean {
  if (!isSupport) return true;
  if (method === 'directe') return false;
  if (method === 'cascade') return receiver > support;
  return true;
}

/** The supports (in order) whose costs can reach no non-support service along kept links. */
function unreachable(
  supports: readonly number[],
  out: ReadonlyMap<number, readonly { receiver: number }[]>,
  supportSet: ReadonlySet<number>,
): number[] {
  const reaches = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of supports) {
      if (reaches.has(s)) continue;
      const links = out.get(s) ?? [];
      if (links.some((l) => !supportSet.has(l.receiver) || reaches.has(l.receiver))) {
        reaches.add(s);
        grew = true;
      }
    }
  }
  return supports.filter((s) => !reaches.has(s));
}

/**
 * T solving T_s = D_s + Σ_{r≠s} a_rs · T_r exactly, with a_rs = w_rs / W_r, and the
 * amount T_s · a_st of each link, all as numerators over one common denominator (so that
 * sums need no gcd of large numbers).
 */
function reciprocalTotals(
  supports: readonly number[],
  direct: ReadonlyMap<number, Q>,
  out: ReadonlyMap<number, readonly { receiver: number; weight: Q }[]>,
  totalWeight: ReadonlyMap<number, Q>,
): { totals: Map<number, Q>; amount: (support: number, weight: Q) => Q } | null {
  // With T_r = W_r · U_r the system is W_s·U_s − Σ_r w_rs·U_r = D_s: integer coefficients
  // once every weight is scaled by L, and every D by K (then U' = K·L·U... see below).
  const position = new Map(supports.map((s, i) => [s, i]));
  let L = 1n;
  let K = 1n;
  for (const s of supports) {
    for (const l of out.get(s) ?? []) if (L % l.weight.d !== 0n) L = lcm(L, l.weight.d);
    const d = direct.get(s) ?? ZERO;
    if (K % d.d !== 0n) K = lcm(K, d.d);
  }
  const n = supports.length;
  const matrix = supports.map(() => new Array<bigint>(n).fill(0n));
  supports.forEach((s, i) => {
    const w = totalWeight.get(s) as Q;
    (matrix[i] as bigint[])[i] = (w.n * L) / w.d;
  });
  for (const r of supports) {
    const col = position.get(r) as number;
    for (const l of out.get(r) ?? []) {
      const row = position.get(l.receiver);
      if (row === undefined) continue;
      const m = matrix[row] as bigint[];
      m[col] = (m[col] as bigint) - (l.weight.n * L) / l.weight.d;
    }
  }
  // (L·M)·U = D, times K·L: (L·M)·(K·L·U) = K·L·D, an integer right-hand side.
  const rhs = supports.map((s) => {
    const d = direct.get(s) ?? ZERO;
    return (d.n * K * L) / d.d;
  });
  const solved = solveIntegerSystem(matrix, rhs);
  if (solved === null) return null;
  // K·L·U_s = y_s / det, so U_s = y_s / (det·K·L): T_s = W_s·U_s and T_s·a_st = U_s·w_st.
  const den = solved.denominator * K * L;
  const u = new Map(supports.map((s, i) => [s, solved.numerators[i] as bigint]));
  const totals = new Map<number, Q>();
  for (const s of supports) {
    const w = totalWeight.get(s) as Q;
    totals.set(s, q(((u.get(s) as bigint) * w.n * L) / w.d, den));
  }
  return {
    totals,
    amount: (support, weight) => ({
      n: ((u.get(support) as bigint) * weight.n * L) / weight.d,
      d: den,
    }),
  };
}

/** Computes the ventilation of §6.2. */
export function solveVentilation(input: VentilationInput): VentilationOutcome {
  const { supports, receivers, direct, method, rounding } = input;
  const supportSet = new Set(supports);
  const failures: VentilationFailure[] = [];
  const out = new Map<number, { receiver: number; weight: Q }[]>();
  const anyLink = new Set<number>();
  for (const l of input.links) {
    if (sign(l.weight) <= 0 || l.support === l.receiver) continue;
    anyLink.add(l.support);
    if (!kept(method, supportSet.has(l.receiver), l.support, l.receiver)) continue;
    let list = out.get(l.support);
    if (!list) out.set(l.support, (list = []));
    list.push({ receiver: l.receiver, weight: l.weight });
  }
  for (const list of out.values()) list.sort((a, b) => a.receiver - b.receiver);
  const totalWeight = new Map<number, Q>();
  for (const s of supports) {
    if (!anyLink.has(s)) failures.push({ kind: 'lost', support: s });
    else if (!out.has(s)) failures.push({ kind: 'no-receiver', support: s });
    else totalWeight.set(s, sum((out.get(s) ?? []).map((l) => l.weight)));
  }
  if (method === 'reciproque') {
    const stuck = unreachable(supports, out, supportSet).filter((s) => out.has(s));
    if (stuck.length > 0) failures.push({ kind: 'singular', supports: stuck });
  }
  if (failures.length > 0) return { ok: false, failures };

  let totals: Map<number, Q>;
  // T_s · a_st, exact; reciprocal amounts share one (large, unreduced) denominator.
  let amountOf = (s: number, weight: Q): Q =>
    reduce(mul(totals.get(s) as Q, div(weight, totalWeight.get(s) as Q)));
  if (method === 'reciproque') {
    const solved = reciprocalTotals(supports, direct, out, totalWeight);
    if (solved === null) return { ok: false, failures: [{ kind: 'singular', supports }] };
    totals = solved.totals;
    amountOf = solved.amount;
  } else {
    totals = new Map();
    // Directe: nothing flows between supports; En cascade: only towards later ones, so
    // Services order closes each support after everything it receives.
    const inflow = new Map<number, Q>();
    for (const s of supports) {
      const t = add(direct.get(s) ?? ZERO, inflow.get(s) ?? ZERO);
      totals.set(s, t);
      const w = totalWeight.get(s) as Q;
      for (const l of out.get(s) ?? [])
        if (supportSet.has(l.receiver))
          inflow.set(l.receiver, add(inflow.get(l.receiver) ?? ZERO, div(mul(t, l.weight), w)));
    }
  }

  const links: Ventilation['links'][number][] = [];
  const received = new Map<number, Q>();
  for (const s of supports) {
    const w = totalWeight.get(s) as Q;
    for (const l of out.get(s) ?? []) {
      const share = div(l.weight, w);
      const amount = amountOf(s, l.weight);
      links.push({
        support: s,
        receiver: l.receiver,
        weight: l.weight,
        share: q(share.n, share.d),
        amount,
      });
      if (!supportSet.has(l.receiver))
        received.set(l.receiver, add(received.get(l.receiver) ?? ZERO, amount));
    }
  }
  const totalDirect = sum(supports.map((s) => direct.get(s) ?? ZERO));
  return {
    ok: true,
    ventilation: {
      method,
      supports: supports.map((s) => ({
        service: s,
        direct: direct.get(s) ?? ZERO,
        total: reduce(totals.get(s) as Q),
      })),
      links,
      received: roundReceived(receivers, received, totalDirect, rounding),
      totalDirect,
    },
  };
}

/**
 * V = allocate(Σ_s D_s, (R_j / Σ_s D_s)_j, u): one largest-remainder rounding over every
 * receiver, ties in `Services` order; all zero when Σ_s D_s = 0 (§6.2).
 */
function roundReceived(
  receivers: readonly number[],
  exact: ReadonlyMap<number, Q>,
  totalDirect: Q,
  rounding: Q,
): Map<number, Q> {
  const result = new Map<number, Q>();
  if (sign(totalDirect) <= 0 || receivers.length === 0) {
    for (const j of receivers) result.set(j, ZERO);
    return result;
  }
  const values = receivers.map((j) => exact.get(j) ?? ZERO);
  let scale = 1n;
  for (const v of values) if (scale % v.d !== 0n) scale = lcm(scale, v.d);
  const weights = values.map((v) => (v.n * scale) / v.d);
  const total = weights.reduce((a, b) => a + b, 0n);
  const units = allocateUnits(totalDirect, weights, total, rounding, 'plus-forts-restes');
  receivers.forEach((j, i) => {
    const k = units[i] as bigint;
    result.set(j, k === 0n ? ZERO : q(k * rounding.n, rounding.d));
  });
  return result;
}
