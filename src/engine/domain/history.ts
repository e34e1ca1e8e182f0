/**
 * `Historique` as parsed (contract §6.5): what each member paid for each service the year
 * before, rounded to `Arrondi`; a service no longer in `Services` is kept by its name.
 */
import type { Q } from '../numbers/rational';

/** Last year's amounts. */
export interface HistoryInput {
  /** Amount per member index and normalised service name (rows of a pair added up). */
  readonly amounts: ReadonlyMap<number, ReadonlyMap<string, Q>>;
  /** Services named in `Historique` but not in `Services` (ended), as first written, in table order. */
  readonly endedServices: readonly { readonly key: string; readonly name: string }[];
}
