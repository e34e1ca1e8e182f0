/**
 * A participant line of a keyed service (Service commun, Groupement), kept small: a
 * 35,000-member run holds 350,000 of them, and every object they hold is copied by the
 * garbage collector while the run builds them. What the lines of a service share (key,
 * participants, rounding unit, settlement, the few direct costs, the fees) is held once
 * by a `KeyedService`; a line keeps its position, its allocated amount as a numerator
 * over the rounding unit's denominator, and whether it is the porteur's own use. The
 * quote-part, the billed amount and the share are computed when read (the share from
 * the key: an exact BigInt product).
 */
import { type Q, ZERO, add } from '../numbers/rational';
import type { ResolvedKey } from '../keys/resolveKey';
import type { ParticipantLine, Settlement } from './serviceResult';

/** What every participant line of one keyed service shares. */
export interface KeyedService {
  readonly key: ResolvedKey;
  /** Member indexes, by position (the key's order). */
  readonly participants: readonly number[];
  /** Denominator of the rounding unit: allocated amounts are numerators over it. */
  readonly unitD: bigint;
  /** How a participant other than the porteur settles. */
  readonly settlement: Exclude<Settlement, 'own-use'>;
  /** Groupement conjoint: the fee is billed with the quote-part; séparé: the fee alone. */
  readonly billsQuotePart: boolean;
  /** Direct costs (after overhead) of the positions that have some. */
  readonly direct: ReadonlyMap<number, Q>;
  /** Coordinator fee by position (Groupement), null when the service has none. */
  readonly fees: readonly Q[] | null;
}

/** One participant of a keyed service. */
export class KeyedLine implements ParticipantLine {
  constructor(
    private readonly service: KeyedService,
    private readonly position: number,
    /** allocated = allocatedN / unitD (a whole number of rounding units). */
    private readonly allocatedN: bigint,
    /** The porteur: its own use, not billed. */
    private readonly own: boolean,
  ) {}

  get member(): number {
    return this.service.participants[this.position] as number;
  }

  /** No units: the key gives the share. */
  get units(): null {
    return null;
  }

  get settlement(): Settlement {
    return this.own ? 'own-use' : this.service.settlement;
  }

  /** The part of the shared base the key allocated. */
  get allocated(): Q {
    return { n: this.allocatedN, d: this.service.unitD };
  }

  /** Direct costs charged 100 % to the member (after overhead). */
  get direct(): Q {
    const direct = this.service.direct;
    return (direct.size === 0 ? undefined : direct.get(this.position)) ?? ZERO;
  }

  /** q_i = allocated + direct costs. */
  get quotePart(): Q {
    const service = this.service;
    // Most services have no direct costs: no map lookup then.
    const direct = service.direct.size === 0 ? undefined : service.direct.get(this.position);
    return direct === undefined
      ? { n: this.allocatedN, d: service.unitD }
      : add(this.allocated, direct);
  }

  /** Coordinator fee g_i (Groupement), zero otherwise. */
  get fee(): Q {
    return this.service.fees?.[this.position] ?? ZERO;
  }

  /**
   * What the titres bill: nothing for the porteur; a Service commun its quote-part when
   * settled by titre (nothing on the AC); a Groupement its quote-part and fee (conjoint)
   * or its fee alone (séparé).
   */
  get billed(): Q {
    if (this.own) return ZERO;
    if (this.service.fees === null)
      return this.service.settlement === 'titre' ? this.quotePart : ZERO;
    return this.service.billsQuotePart ? add(this.quotePart, this.fee) : this.fee;
  }

  /** s_j = W_j / W, exact. */
  get share(): Q {
    return { n: this.service.key.weightOf(this.position), d: this.service.key.totalWeight };
  }
}
