/**
 * A group of members given in `CoutsAutonomes` (contract §6.4): `Ville A + Ville B`, the
 * cost the group would bear on its own — for the test "does any group gain by leaving?".
 */
import type { Q } from '../numbers/rational';
import type { ProblemPlace } from '../problems/problemList';

/** A group of two or more members with its stand-alone cost. */
export interface Coalition {
  /** The group as written in `CoutsAutonomes`. */
  readonly name: string;
  /** Member indexes, in `Membres` order, each once. */
  readonly members: readonly number[];
  readonly standalone: Q;
  readonly place: ProblemPlace;
}
