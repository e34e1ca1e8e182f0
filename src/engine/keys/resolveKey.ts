/**
 * Turns a key expression into integer weights for the participants of a service (§2):
 * s_i = Σ_k w_k · x_ik / Σ_j x_jk, with member criteria and `Égalitaire` multiplied by
 * the presence fraction and usage units taken as they are. The weights are exact
 * integers W_i with Σ W_i = W, so that s_i = W_i / W without any rounding.
 */
import { type Q, q, sign } from '../numbers/rational';
import { daysInYear } from '../dates/calendar';
import type { InputModel, Service } from '../domain/inputModel';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { parseKeyExpression } from './parseKeyExpression';
import { M } from '../problems/messages';
import type { TierExplanation } from './tierCriterion';
import { type CriterionKind, type TermValues, termValues } from './termValues';
import { type TermColumn, ownColumn, participantColumn } from './termColumn';
import { estimateShares } from './estimateShares';
import { lcm } from './lcm';

export type { CriterionKind } from './termValues';

/** One term of a resolved key, for the quote-parts sheet and the base de liquidation. */
export interface ResolvedTerm {
  readonly label: string;
  readonly kind: CriterionKind;
  readonly percent: Q;
  /** Value per participant as typed (before the presence fraction); usage: quantity. */
  readonly values: readonly Q[];
  /** Σ over participants of the values actually used (after presence), as an exact Q. */
  readonly total: Q;
  /** `Paliers` only: how the tiered cost was shared (for the base de liquidation). */
  readonly tiers?: TierExplanation;
}

/**
 * A resolved key: terms and exact integer weights aligned with the participants
 * (s_j = W_j / W), with double-precision estimates of s_j for the fast allocation.
 */
export interface ResolvedKey {
  readonly expression: string;
  readonly terms: readonly ResolvedTerm[];
  readonly totalWeight: bigint;
  /** Exact W_j of participant j (computed on demand, then kept). */
  weightOf(j: number): bigint;
  /** Estimates of s_j (relative error < 1e-14), or null when a magnitude is out of double range. */
  readonly estimates: Float64Array | null;
}

/** Resolves `expression` for `service`; undefined after recording problems. */
export function resolveKey(
  expression: string,
  service: Service,
  participants: readonly number[],
  input: InputModel,
  place: ProblemPlace,
  problems: ProblemList,
): ResolvedKey | undefined {
  const parsed = parseKeyExpression(expression);
  if (!parsed.ok) {
    problems.error('CLE_INVALIDE', place, M.invalidKey(expression, service.name, parsed.reason));
    return undefined;
  }
  const resolved: {
    tv: TermValues;
    percent: Q;
    column: TermColumn;
    total: bigint;
    scale: bigint;
  }[] = [];
  let failed = false;
  for (const term of parsed.terms) {
    const tv = termValues(term.criterion, service, participants, input, place, problems);
    if (!tv) {
      failed = true;
      continue;
    }
    const cached = tv.memberInts;
    const scale = cached
      ? cached.scale
      : tv.values.reduce((acc, v) => (v.d === 1n ? acc : lcm(acc, v.d)), 1n);
    const column = cached
      ? participantColumn(cached, participants, input.members.length)
      : ownColumn(tv.values.map((v) => (v.n * scale) / v.d));
    const total = column.total;
    if (total === 0n && sign(term.percent) !== 0) {
      problems.error('CLE_TOTAL_NUL', place, M.criterionTotalZero(tv.label, service.name));
      failed = true;
      continue;
    }
    resolved.push({ tv, percent: term.percent, column, total, scale });
  }
  if (failed) return undefined;
  const used = resolved.filter((r) => r.total !== 0n);
  const pScale = used.reduce((acc, r) => lcm(acc, r.percent.d), 1n);
  // W_j = Σ_k P_k · x_jk · Π_{l≠k} X_l, W = Σ_k P_k · Π_l X_l: coefficients C_k = P_k · Π_{l≠k} X_l.
  const coefficients = used.map((r, k) => {
    let others = (r.percent.n * pScale) / r.percent.d;
    used.forEach((o, l) => {
      if (l !== k) others *= o.total;
    });
    return others;
  });
  const totalWeight = used.reduce((acc, r, k) => acc + r.total * (coefficients[k] as bigint), 0n);
  // W_j by position, computed on first read (an array: read once per line by several getters).
  const cache = new Array<bigint | undefined>(participants.length);
  const columns = used.map((r) => r.column);
  const weightOf = (j: number): bigint => {
    let w = cache[j];
    if (w === undefined) {
      w = 0n;
      for (let k = 0; k < columns.length; k++)
        w += (columns[k] as TermColumn).intAt(j) * (coefficients[k] as bigint);
      if (j >= 0 && j < cache.length) cache[j] = w;
    }
    return w;
  };
  const estimates = estimateShares(
    used.map((r) => r.column.floats),
    coefficients,
    totalWeight,
    participants.length,
  );
  return {
    expression,
    terms: resolved.map((r) => ({
      label: r.tv.label,
      kind: r.tv.kind,
      percent: r.percent,
      values: r.tv.values,
      // Σ of the values used (member criteria × presence fraction), exact: the integer total over its scales.
      total: q(
        r.total,
        r.scale * (r.tv.presence ? BigInt(daysInYear(input.parameters.exercice)) : 1n),
      ),
      ...(r.tv.tiers ? { tiers: r.tv.tiers } : {}),
    })),
    totalWeight,
    weightOf,
    estimates,
  };
}
