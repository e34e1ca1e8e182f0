/**
 * The Shapley value of a tiered cost (the "airport game", Littlechild & Owen 1973),
 * contract §6.3: each increment of cost c_k − c_{k−1} is shared equally by the members
 * who need level k or a higher one, so φ_i = Σ_{k ≤ level(i)} (c_k − c_{k−1}) /
 * |{j : level(j) ≥ k}|. Exact (`Q`), linear in members + levels. Shared by the `Paliers`
 * key criterion and the spreadsheet function `PALIERS`.
 */
import { type Q, ZERO, add, cmp, div, q, reduce, sign, sub } from '../numbers/rational';

/** One increment of a tiered cost: who shares it, and what each of them pays for it. */
export interface TierIncrement {
  /** Index of the level (0-based, in cost order). */
  readonly level: number;
  /** c_k − c_{k−1} (c_{−1} = 0). */
  readonly increment: Q;
  /** How many members need this level or a higher one (0: nobody, the increment is not shared). */
  readonly sharers: number;
  /** increment ÷ sharers (0 when nobody shares it). */
  readonly each: Q;
}

/** The exact shares of a tiered cost, and the increments they are made of. */
export interface TierShares {
  /** φ_i of each member, aligned with `memberLevels`. */
  readonly shares: readonly Q[];
  /** One row per level, in level order (for the base de liquidation's explanation). */
  readonly increments: readonly TierIncrement[];
}

/**
 * Shares the tiered cost `levelCosts` (cumulative cost of each level and all below it,
 * in non-decreasing order, each ≥ 0) among members who take levels `memberLevels`
 * (0-based indexes into `levelCosts`). Σ φ_i = the cost of the highest level taken
 * (0 with no member). Throws a RangeError on misuse (unordered or negative costs, a level
 * index out of range): input checking with located messages is the parser's job.
 */
export function tierShapley(levelCosts: readonly Q[], memberLevels: readonly number[]): TierShares {
  const m = levelCosts.length;
  let previous = ZERO;
  for (const cost of levelCosts) {
    if (sign(cost) < 0 || cmp(cost, previous) < 0)
      throw new RangeError('Les coûts des paliers doivent être positifs et croissants.');
    previous = cost;
  }
  // atLevel[k] = members taking exactly level k; sharers of k = those at k or above.
  const atLevel = new Array<number>(m).fill(0);
  for (const level of memberLevels) {
    if (!Number.isInteger(level) || level < 0 || level >= m)
      throw new RangeError(`Palier ${level} hors des ${m} paliers du service.`);
    atLevel[level] = (atLevel[level] as number) + 1;
  }
  let sharers = memberLevels.length;
  let below = ZERO;
  let running = ZERO;
  const cumulative: Q[] = [];
  const increments: TierIncrement[] = [];
  for (let k = 0; k < m; k++) {
    const cost = levelCosts[k] as Q;
    const increment = sub(cost, below);
    below = cost;
    const each = sharers > 0 ? reduce(div(increment, q(BigInt(sharers)))) : ZERO;
    running = reduce(add(running, each));
    cumulative.push(running);
    increments.push({ level: k, increment, sharers, each });
    sharers -= atLevel[k] as number;
  }
  return { shares: memberLevels.map((level) => cumulative[level] as Q), increments };
}
