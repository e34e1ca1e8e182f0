/**
 * The cost base of a service from `Charges` (§3.3–3.5): eligible lines only, split into
 * the shared base (lines without `Membre`) and direct costs per member. The support
 * costs ventilated to the service (V_j, §6.2) are a line of its shared base, before any
 * overhead.
 */
import { type Q, ZERO, add } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';

/** Shared base B and direct costs d_i of one service. */
export interface CostBase {
  readonly shared: Q;
  readonly direct: ReadonlyMap<number, Q>;
}

/** The support costs V_j ventilated to `service` (0 without support services). */
export function supportCostsReceived(input: InputModel, service: number): Q {
  return input.ventilation?.received.get(service) ?? ZERO;
}

/** Sums the eligible charges of `service`, plus the support costs it receives. */
export function costBase(input: InputModel, service: number): CostBase {
  let shared = ZERO;
  const direct = new Map<number, Q>();
  for (const c of input.charges) {
    if (c.service !== service || !c.eligible) continue;
    if (c.member === null) shared = add(shared, c.amount);
    else direct.set(c.member, add(direct.get(c.member) ?? ZERO, c.amount));
  }
  const received = input.ventilation?.received.get(service);
  if (received && received.n !== 0n) shared = add(shared, received);
  return { shared, direct };
}
