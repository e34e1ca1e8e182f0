/**
 * The composite key of contract §2 on plain columns: s_i = Σ_k p_k · f_i x_ik / Σ_j f_j x_jk,
 * with p_k the weights of the criteria (in %, summing to 100), x_ik member i's value of
 * criterion k (blank = 0, negative refused) and f_i its presence fraction (1 by default).
 * Computed as the engine does for a key: each column scaled to integers, then integer
 * weights W_i = Σ_k P_k · x_ik · Π_{l≠k} X_l, so that s_i = W_i / W exactly, and the
 * engine's largest remainder allocates the amount.
 */
import { type Q, eq, mul, q, timesUnit } from '../numbers/rational';
import { allocateUnits } from '../money/allocate';
import { total } from './exactShares';
import { numberError, valueError } from './sheetValues';

/** One criterion: its weight and its value for every member, as exact numbers. */
export interface KeyCriterion {
  /** Weight of the criterion; the weights of a key sum to 100 (or to 1 when typed as %). */
  readonly weight: Q;
  /** Value for each member (≥ 0). */
  readonly values: readonly Q[];
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

const HUNDRED = q(100n);
const ONE = q(1n);

/**
 * Integer weights W_i (and W) of the key over `memberCount` members. `presence` (f_i, in
 * [0, 1]) multiplies every criterion, as the engine does for member criteria. Throws
 * `#VALEUR!` when the weights do not sum to 100 %, `#NOMBRE!` when a criterion with a
 * non-zero weight totals 0 over the members.
 */
export function compositeKeyWeights(
  criteria: readonly KeyCriterion[],
  presence: readonly Q[] | null,
  memberCount: number,
): { weights: bigint[]; total: bigint } {
  const weightSum = total(criteria.map((c) => c.weight));
  if (!eq(weightSum, HUNDRED) && !eq(weightSum, ONE))
    throw valueError(
      'Les « ponderations » doivent faire 100 % (par exemple 60 et 40, ou 60 % et 40 %) ; vérifiez-les.',
    );
  const used: { percent: Q; ints: bigint[]; total: bigint }[] = [];
  criteria.forEach((criterion, k) => {
    const values = criterion.values.map((x, i) => (presence ? mul(x, presence[i] as Q) : x));
    let scale = 1n;
    for (const v of values) if (v.d !== 1n && scale % v.d !== 0n) scale = lcm(scale, v.d);
    const ints = values.map((v) => (v.n * scale) / v.d);
    const sum = ints.reduce((a, b) => a + b, 0n);
    if (sum === 0n) {
      if (criterion.weight.n !== 0n)
        throw numberError(
          `Le critère n° ${k + 1} a une pondération non nulle mais un total nul sur les membres : rien ne dit comment répartir selon lui.`,
        );
      return;
    }
    used.push({ percent: criterion.weight, ints, total: sum });
  });
  const pScale = used.reduce((acc, r) => lcm(acc, r.percent.d), 1n);
  const coefficients = used.map((r, k) => {
    let c = (r.percent.n * pScale) / r.percent.d;
    used.forEach((o, l) => {
      if (l !== k) c *= o.total;
    });
    return c;
  });
  const weights = new Array<bigint>(memberCount).fill(0n);
  used.forEach((r, k) => {
    const c = coefficients[k] as bigint;
    for (let i = 0; i < memberCount; i++)
      weights[i] = (weights[i] as bigint) + (r.ints[i] as bigint) * c;
  });
  const sum = used.reduce((acc, r, k) => acc + r.total * (coefficients[k] as bigint), 0n);
  return { weights, total: sum };
}

/** allocate(amount, s, unit) with the composite key's shares s (contract §2 and §3.1). */
export function allocateByCompositeKey(
  amount: Q,
  criteria: readonly KeyCriterion[],
  presence: readonly Q[] | null,
  memberCount: number,
  unit: Q,
): Q[] {
  const key = compositeKeyWeights(criteria, presence, memberCount);
  const u = q(unit.n, unit.d);
  return allocateUnits(amount, key.weights, key.total, u).map((n) => timesUnit(n, u));
}
