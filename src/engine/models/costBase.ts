/**
 * The cost base of a service from `Charges` (§3.3–3.5): eligible lines only, split into
 * the shared base (lines without `Membre`) and direct costs per member.
 */
import { type Q, ZERO, add } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';

/** Shared base B and direct costs d_i of one service. */
export interface CostBase {
  readonly shared: Q;
  readonly direct: ReadonlyMap<number, Q>;
}

/** Sums the eligible charges of `service`. */
export function costBase(input: InputModel, service: number): CostBase {
  let shared = ZERO;
  const direct = new Map<number, Q>();
  for (const c of input.charges) {
    if (c.service !== service || !c.eligible) continue;
    if (c.member === null) shared = add(shared, c.amount);
    else direct.set(c.member, add(direct.get(c.member) ?? ZERO, c.amount));
  }
  return { shared, direct };
}
