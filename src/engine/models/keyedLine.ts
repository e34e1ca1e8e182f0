/**
 * A participant line of a keyed service (Service commun, Groupement). Its share is read
 * from the key only when asked (the exact weight is a BigInt product): computing every
 * quote-part does not need it, and the prototype getter costs nothing per line.
 */
import type { Q } from '../numbers/rational';
import type { ResolvedKey } from '../keys/resolveKey';
import type { ParticipantLine, Settlement } from './serviceResult';

/** One participant of a keyed service. */
export class KeyedLine implements ParticipantLine {
  readonly units = null;

  constructor(
    readonly member: number,
    private readonly key: ResolvedKey,
    private readonly position: number,
    readonly allocated: Q,
    readonly direct: Q,
    readonly quotePart: Q,
    readonly fee: Q,
    readonly billed: Q,
    readonly settlement: Settlement,
  ) {}

  /** s_j = W_j / W, exact. */
  get share(): Q {
    return { n: this.key.weightOf(this.position), d: this.key.totalWeight };
  }
}
