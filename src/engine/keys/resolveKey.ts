/**
 * Turns a key expression into integer weights for the participants of a service (§2):
 * s_i = Σ_k w_k · x_ik / Σ_j x_jk, with member criteria and `Égalitaire` multiplied by
 * the presence fraction and usage units taken as they are. The weights are exact
 * integers W_i with Σ W_i = W, so that s_i = W_i / W without any rounding.
 */
import { type Q, q, sign } from '../numbers/rational';
import { daysInYear } from '../dates/calendar';
import { normalizeName } from '../text/normalizeName';
import { closestNames, frenchList } from '../text/closestNames';
import type { InputModel, Service } from '../model/inputModel';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { parseKeyExpression } from './parseKeyExpression';
import { M } from '../problems/messages';

/** How a criterion's values are taken. */
export type CriterionKind = 'egalitaire' | 'membre' | 'usage';

/** One term of a resolved key, for the quote-parts sheet and the base de liquidation. */
export interface ResolvedTerm {
  readonly label: string;
  readonly kind: CriterionKind;
  readonly percent: Q;
  /** Value per participant as typed (before the presence fraction); usage: quantity. */
  readonly values: readonly Q[];
  /** Σ over participants of the values actually used (after presence), as an exact Q. */
  readonly total: Q;
}

/** A resolved key: terms and integer weights aligned with the participants. */
export interface ResolvedKey {
  readonly expression: string;
  readonly terms: readonly ResolvedTerm[];
  readonly weights: readonly bigint[];
  readonly totalWeight: bigint;
}

const EQUAL = new Set(['egalitaire', 'partsegales']);

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

interface TermValues {
  label: string;
  kind: CriterionKind;
  values: Q[];
  presence: boolean;
}

function termValues(name: string, service: Service, participants: readonly number[], input: InputModel, place: ProblemPlace, problems: ProblemList): TermValues | undefined {
  const key = normalizeName(name);
  if (EQUAL.has(key)) return { label: 'Égalitaire', kind: 'egalitaire', values: participants.map(() => q(1n)), presence: true };
  const criterion = input.criteria.find((c) => normalizeName(c.name) === key);
  if (criterion) {
    if (!criterion.numeric) {
      problems.error('CRITERE_NON_NUMERIQUE', criterion.firstBad ?? place, M.criterionNotNumeric(criterion.name, service.name));
      return undefined;
    }
    let ok = true;
    const values = participants.map((i) => {
      const v = criterion.values[i] ?? null;
      if (v && sign(v) < 0) {
        problems.error('CRITERE_NEGATIF', criterion.places[i] ?? place, M.negativeCriterion(criterion.name, input.members[i]?.name ?? ''));
        ok = false;
      }
      return v ?? q(0n);
    });
    return ok ? { label: criterion.name, kind: 'membre', values, presence: true } : undefined;
  }
  const usage = input.usages.get(service.index)?.get(key);
  if (usage) return { label: input.unitNames.get(key) ?? name, kind: 'usage', values: participants.map((i) => usage.get(i) ?? q(0n)), presence: false };
  const candidates = ['Égalitaire', ...input.criteria.filter((c) => c.numeric).map((c) => c.name), ...[...(input.usages.get(service.index)?.keys() ?? [])].map((u) => input.unitNames.get(u) ?? u)];
  problems.error('CRITERE_INCONNU', place, M.unknownCriterion(name, service.name, frenchList(closestNames(name, candidates, 4))));
  return undefined;
}

/** Resolves `expression` for `service`; undefined after recording problems. */
export function resolveKey(expression: string, service: Service, participants: readonly number[], input: InputModel, place: ProblemPlace, problems: ProblemList): ResolvedKey | undefined {
  const parsed = parseKeyExpression(expression);
  if (!parsed.ok) {
    problems.error('CLE_INVALIDE', place, M.invalidKey(expression, service.name, parsed.reason));
    return undefined;
  }
  const resolved: { tv: TermValues; percent: Q; ints: bigint[]; total: bigint; scale: bigint }[] = [];
  let failed = false;
  for (const term of parsed.terms) {
    const tv = termValues(term.criterion, service, participants, input, place, problems);
    if (!tv) {
      failed = true;
      continue;
    }
    const scale = tv.values.reduce((acc, v) => lcm(acc, v.d), 1n);
    const ints = tv.values.map((v, j) => {
      const base = (v.n * scale) / v.d;
      return tv.presence ? base * BigInt(input.members[participants[j] as number]?.presenceDays ?? 0) : base;
    });
    const total = ints.reduce((a, b) => a + b, 0n);
    if (total === 0n && sign(term.percent) !== 0) {
      problems.error('CLE_TOTAL_NUL', place, M.criterionTotalZero(tv.label, service.name));
      failed = true;
      continue;
    }
    resolved.push({ tv, percent: term.percent, ints, total, scale });
  }
  if (failed) return undefined;
  const used = resolved.filter((r) => r.total !== 0n);
  const pScale = used.reduce((acc, r) => lcm(acc, r.percent.d), 1n);
  const weights = participants.map(() => 0n);
  let totalWeight = 0n;
  used.forEach((r, k) => {
    const p = (r.percent.n * pScale) / r.percent.d;
    let others = 1n;
    used.forEach((o, j) => {
      if (j !== k) others *= o.total;
    });
    const m = p * others;
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as bigint) + (r.ints[i] as bigint) * m;
    totalWeight += r.total * m;
  });
  return {
    expression,
    terms: resolved.map((r) => ({
      label: r.tv.label,
      kind: r.tv.kind,
      percent: r.percent,
      values: r.tv.values,
      // Σ of the values used (member criteria × presence fraction), exact: the integer total over its scales.
      total: q(r.total, r.scale * (r.tv.presence ? BigInt(daysInYear(input.parameters.exercice)) : 1n)),
    })),
    weights,
    totalWeight,
  };
}
