/**
 * Tiered services (contract §6.3) as parsed: the levels of each service (`Paliers`) and
 * the level each member takes (`Adhesions.Palier`). Names are checked against the levels
 * only where a key uses `Paliers` (an unknown level is then an error, else a warning).
 */
import type { Q } from '../numbers/rational';
import type { ProblemPlace } from '../problems/problemList';

/** One level of a tiered service. */
export interface TierLevel {
  /** Name as written in `Paliers`. */
  readonly name: string;
  /** Cumulative cost of this level and all below it (≥ 0). */
  readonly cost: Q;
  readonly place: ProblemPlace;
}

/** A member's `Adhesions` row for a service: its `Palier` (null when blank) and where it is. */
export interface AdhesionTier {
  readonly level: string | null;
  readonly place: ProblemPlace;
}

/** Tier data of the workbook. */
export interface TierInput {
  /** Levels per service index, in cost order then table order (c_1 ≤ … ≤ c_m). */
  readonly levels: ReadonlyMap<number, readonly TierLevel[]>;
  /** Per service index, each member's `Adhesions` row (first one), by member index. */
  readonly adhesions: ReadonlyMap<number, ReadonlyMap<number, AdhesionTier>>;
}
