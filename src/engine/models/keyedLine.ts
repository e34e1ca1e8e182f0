/**
 * A participant line of a keyed service (Service commun, Groupement), kept small: a
 * 35,000-member run holds 350,000 of them, and every object they hold is copied by the
 * garbage collector while the run builds them. The allocated amount is kept as its
 * numerator over the rounding unit's denominator; the quote-part, the billed amount and
 * the share are computed when read (the share from the key: an exact BigInt product).
 */
import { type Q, ZERO, add } from '../numbers/rational';
import type { ResolvedKey } from '../keys/resolveKey';
import type { ParticipantLine, Settlement } from './serviceResult';

/** What a keyed line bills: its quote-part, its quote-part and fee (joint groupement), its fee only (separate groupement), or nothing. */
export type KeyedBilling = 'quote-part' | 'quote-part-and-fee' | 'fee' | 'nothing';

/** One participant of a keyed service. */
export class KeyedLine implements ParticipantLine {
  constructor(
    readonly member: number,
    private readonly key: ResolvedKey,
    private readonly position: number,
    /** allocated = allocatedN / unitD (a whole number of rounding units). */
    private readonly allocatedN: bigint,
    private readonly unitD: bigint,
    readonly direct: Q,
    readonly fee: Q,
    private readonly billing: KeyedBilling,
    readonly settlement: Settlement,
  ) {}

  /** No units: the key gives the share. */
  get units(): null {
    return null;
  }

  /** The part of the shared base the key allocated. */
  get allocated(): Q {
    return { n: this.allocatedN, d: this.unitD };
  }

  /** q_i = allocated + direct costs. */
  get quotePart(): Q {
    return this.direct.n === 0n ? this.allocated : add(this.allocated, this.direct);
  }

  /** What the titres bill for this line (zero for the porteur, AC settlement and nothing billed). */
  get billed(): Q {
    switch (this.billing) {
      case 'quote-part':
        return this.quotePart;
      case 'quote-part-and-fee':
        return add(this.quotePart, this.fee);
      case 'fee':
        return this.fee;
      default:
        return ZERO;
    }
  }

  /** s_j = W_j / W, exact. */
  get share(): Q {
    return { n: this.key.weightOf(this.position), d: this.key.totalWeight };
  }
}
