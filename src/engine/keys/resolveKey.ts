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
import type { InputModel, Service } from '../domain/inputModel';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { parseKeyExpression } from './parseKeyExpression';
import { M } from '../problems/messages';
import { tierCriterion, type TierExplanation } from './tierCriterion';

/** How a criterion's values are taken. */
export type CriterionKind = 'egalitaire' | 'membre' | 'usage' | 'palier';

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

const EQUAL = new Set(['egalitaire', 'partsegales']);
/** The tier criterion (§6.3); it wins over a `Membres` column of the same name (§6.6). */
const TIERS = 'paliers';

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

interface TermValues {
  label: string;
  kind: CriterionKind;
  values: readonly Q[];
  presence: boolean;
  /** For member criteria and Égalitaire: scaled integer × presence days of every member (cached per workbook). */
  memberInts?: MemberInts;
  tiers?: TierExplanation;
}

/** x_i · scale · presence days, for every member, with the common scale. */
interface MemberInts {
  readonly scale: bigint;
  readonly ints: readonly bigint[];
  /** The same integers as doubles (for the share estimates only). */
  readonly floats: Float64Array;
  /** Σ over every member (the total when every member takes part). */
  readonly total: bigint;
}

/** A key term's integer values for the participants, read by position, and their exact total. */
interface TermColumn {
  intAt(j: number): bigint;
  readonly floats: Float64Array;
  readonly total: bigint;
}

const MEMBER_INTS = new WeakMap<InputModel, Map<string, MemberInts>>();

/** Per workbook and criterion: every member's value (0 when blank), and whether one is negative. */
const MEMBER_VALUES = new WeakMap<
  InputModel,
  Map<string, { readonly values: readonly Q[]; readonly negative: boolean }>
>();

function memberValues(
  input: InputModel,
  criterion: InputModel['criteria'][number],
): { readonly values: readonly Q[]; readonly negative: boolean } {
  let byName = MEMBER_VALUES.get(input);
  if (!byName) MEMBER_VALUES.set(input, (byName = new Map()));
  let cached = byName.get(criterion.name);
  if (!cached) {
    const zero = q(0n);
    const values = input.members.map((_, i) => criterion.values[i] ?? zero);
    byName.set(criterion.name, (cached = { values, negative: values.some((v) => sign(v) < 0) }));
  }
  return cached;
}

/** Scaled integer values of a member criterion (or Égalitaire), computed once per workbook. */
function memberInts(input: InputModel, key: string, values: (i: number) => Q | null): MemberInts {
  let byKey = MEMBER_INTS.get(input);
  if (!byKey) MEMBER_INTS.set(input, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  let scale = 1n;
  for (let i = 0; i < input.members.length; i++) {
    const d = values(i)?.d ?? 1n;
    if (d !== 1n && scale % d !== 0n) scale = lcm(scale, d);
  }
  const ints = input.members.map((m, i) => {
    const v = values(i);
    const base = v ? (v.d === 1n ? v.n * scale : (v.n * scale) / v.d) : 0n;
    return base * BigInt(m.presenceDays);
  });
  const floats = Float64Array.from(ints, Number);
  const total = ints.reduce((a, b) => a + b, 0n);
  const result = { scale, ints, floats, total };
  byKey.set(key, result);
  return result;
}

function termValues(
  name: string,
  service: Service,
  participants: readonly number[],
  input: InputModel,
  place: ProblemPlace,
  problems: ProblemList,
): TermValues | undefined {
  const key = normalizeName(name);
  if (EQUAL.has(key)) {
    const one = q(1n);
    return {
      label: 'Égalitaire',
      kind: 'egalitaire',
      values: participants.map(() => one),
      presence: true,
      memberInts: memberInts(input, '=', () => one),
    };
  }
  if (key === TIERS) return tierTermValues(service, participants, input, place, problems);
  const criterion = input.criteria.find((c) => normalizeName(c.name) === key);
  if (criterion) {
    if (!criterion.numeric) {
      problems.error(
        'CRITERE_NON_NUMERIQUE',
        criterion.firstBad ?? place,
        M.criterionNotNumeric(criterion.name, service.name),
      );
      return undefined;
    }
    const all = memberValues(input, criterion);
    let ok = true;
    if (all.negative) {
      for (const i of participants) {
        const v = all.values[i];
        if (v && sign(v) < 0) {
          problems.error(
            'CRITERE_NEGATIF',
            criterion.places[i] ?? place,
            M.negativeCriterion(criterion.name, input.members[i]?.name ?? ''),
          );
          ok = false;
        }
      }
    }
    // Participants are member indexes in order: when every member takes part, the column is the members' one.
    const values =
      participants.length === input.members.length
        ? all.values
        : participants.map((i) => all.values[i] as Q);
    return ok
      ? {
          label: criterion.name,
          kind: 'membre',
          values,
          presence: true,
          memberInts: memberInts(input, `c:${criterion.name}`, (i) => criterion.values[i] ?? null),
        }
      : undefined;
  }
  const usage = input.usages.get(service.index)?.get(key);
  if (usage)
    return {
      label: input.unitNames.get(key) ?? name,
      kind: 'usage',
      values: participants.map((i) => usage.get(i) ?? q(0n)),
      presence: false,
    };
  const candidates = [
    'Égalitaire',
    ...input.criteria.filter((c) => c.numeric).map((c) => c.name),
    ...[...(input.usages.get(service.index)?.keys() ?? [])].map((u) => input.unitNames.get(u) ?? u),
  ];
  problems.error(
    'CRITERE_INCONNU',
    place,
    M.unknownCriterion(name, service.name, frenchList(closestNames(name, candidates, 4))),
  );
  return undefined;
}

/** The `Paliers` term: φ_i per participant, times the presence fraction like a member criterion. */
function tierTermValues(
  service: Service,
  participants: readonly number[],
  input: InputModel,
  place: ProblemPlace,
  problems: ProblemList,
): TermValues | undefined {
  const tiers = tierCriterion(service, participants, input, place, problems);
  if (!tiers) return undefined;
  const byMember = new Array<Q | null>(input.members.length).fill(null);
  participants.forEach((i, j) => (byMember[i] = tiers.values[j] ?? null));
  return {
    label: 'Paliers',
    kind: 'palier',
    values: tiers.values,
    presence: true,
    memberInts: memberInts(input, `p:${service.index}`, (i) => byMember[i] ?? null),
    tiers: tiers.explanation,
  };
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
  const cache = new Map<number, bigint>();
  const weightOf = (j: number): bigint => {
    let w = cache.get(j);
    if (w === undefined) {
      w = 0n;
      for (let k = 0; k < used.length; k++)
        w += (used[k] as (typeof used)[number]).column.intAt(j) * (coefficients[k] as bigint);
      cache.set(j, w);
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

/** The column of a cached member criterion, restricted to the participants. */
function participantColumn(
  cached: MemberInts,
  participants: readonly number[],
  memberCount: number,
): TermColumn {
  const everyone = participants.length === memberCount;
  const floats = everyone
    ? cached.floats
    : Float64Array.from(participants, (i) => cached.floats[i] as number);
  let total = cached.total;
  if (!everyone) {
    total = 0n;
    for (const i of participants) total += cached.ints[i] as bigint;
  }
  return {
    intAt: (j) => cached.ints[everyone ? j : (participants[j] as number)] as bigint,
    floats,
    total,
  };
}

/** The column of a usage term (values of this service's participants). */
function ownColumn(ints: readonly bigint[]): TermColumn {
  return {
    intAt: (j) => ints[j] as bigint,
    floats: Float64Array.from(ints, Number),
    total: ints.reduce((a, b) => a + b, 0n),
  };
}

/** s_j ≈ Σ_k C_k · x_jk / W in doubles; null when a magnitude does not fit a double. */
function estimateShares(
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
