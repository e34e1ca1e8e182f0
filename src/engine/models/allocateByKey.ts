/**
 * The keyed part shared by Service commun and Groupement: resolve the scenario's key
 * for the participants and allocate a rounded base over it (§3.1, §3.4, §3.5).
 */
import { type Q, sum, timesUnit } from '../numbers/rational';
import { allocateUnits } from '../money/allocate';
import { allocateWithEstimates } from '../money/allocateWithEstimates';
import { resolveKey, type ResolvedKey } from '../keys/resolveKey';
import type { ModelContext } from './serviceResult';

/** The key and each participant's allocated amount. */
export interface KeyedAllocation {
  readonly key: ResolvedKey;
  /** Numerators of the allocated amounts over `unitD` (amount j = allocatedN[j] / unitD). */
  readonly allocatedN: bigint[];
  /** Denominator of the rounding unit. */
  readonly unitD: bigint;
  /** Σ allocated: the base itself with the largest remainder (it hands out exactly base ÷ u units), summed otherwise. */
  readonly allocatedTotal: Q;
}

/**
 * Allocates `base` (already a multiple of the rounding unit) with the scenario's key.
 * Σ allocated = base with the largest remainder: the allocation distributes exactly the
 * base's number of units (contract §3.1, tested by the conservation property).
 */
export function allocateByKey(ctx: ModelContext, base: Q): KeyedAllocation | undefined {
  const { input, service, participants, keyExpression, keyPlace, problems } = ctx;
  const key = resolveKey(keyExpression ?? '', service, participants, input, keyPlace, problems);
  if (!key) return undefined;
  const u = input.parameters.rounding;
  const units =
    input.parameters.method === 'plus-forts-restes' && key.estimates
      ? allocateWithEstimates(
          base,
          { estimates: key.estimates, weightOf: key.weightOf, totalWeight: key.totalWeight },
          u,
        )
      : allocateUnits(
          base,
          participants.map((_, j) => key.weightOf(j)),
          key.totalWeight,
          u,
          input.parameters.method,
        );
  // units × u = (units · u.n) / u.d: only the numerators are kept (u.n is 1 for a cent or a euro).
  const allocatedN = u.n === 1n ? units : units.map((n) => n * u.n);
  const allocatedTotal =
    input.parameters.method === 'plus-forts-restes' ? base : sum(units.map((n) => timesUnit(n, u)));
  return { key, allocatedN, unitD: u.d, allocatedTotal };
}
