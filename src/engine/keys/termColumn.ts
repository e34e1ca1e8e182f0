/** A key term's integer values for the participants of a service, read by position. */
import type { MemberInts } from './memberInts';

/** A key term's integer values for the participants, read by position, and their exact total. */
export interface TermColumn {
  intAt(j: number): bigint;
  readonly floats: Float64Array;
  readonly total: bigint;
}

/** The column of a cached member criterion, restricted to the participants. */
export function participantColumn(
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
export function ownColumn(ints: readonly bigint[]): TermColumn {
  return {
    intAt: (j) => ints[j] as bigint,
    floats: Float64Array.from(ints, Number),
    total: ints.reduce((a, b) => a + b, 0n),
  };
}
