/**
 * Groupement de commandes (Code de la commande publique L2113-6, L2113-7), contract §3.5:
 * the shared base is allocated by the key, members' own orders are added; the
 * coordinator (porteur) may charge a fee on each other member's quote-part. In joint
 * execution the coordinator bills quote-part + fee; in separate execution each member
 * pays the supplier itself and only the fee is billed.
 */
import { type Q, ZERO, add } from '../numbers/rational';
import { roundProductToUnit, roundToUnit } from '../numbers/round';
import type { FundingModel, ParticipantLine } from './serviceResult';
import { costBase } from './costBase';
import { allocateByKey } from './allocateByKey';
import { KeyedLine, type KeyedService } from './keyedLine';

/** Computes a Groupement de commandes service. */
export const groupement: FundingModel = (ctx) => {
  const { input, service, participants } = ctx;
  const u = input.parameters.rounding;
  const { shared, direct } = costBase(input, service.index);
  const sharedBase = roundToUnit(shared, u);
  const keyed = allocateByKey(ctx, sharedBase);
  if (!keyed) return undefined;
  // Σ q_i = Σ allocated + Σ direct costs: the direct costs are added as they come, the rest once.
  let total = keyed.allocatedTotal;
  let checkBase = sharedBase;
  const joint = service.execution === 'conjointe';
  const directByPosition = new Map<number, Q>();
  const fees: Q[] = new Array<Q>(participants.length);
  const common: KeyedService = {
    key: keyed.key,
    participants,
    unitD: keyed.unitD,
    settlement: joint ? 'titre' : 'direct',
    billsQuotePart: joint,
    direct: directByPosition,
    fees,
  };
  const lines: ParticipantLine[] = participants.map((member, j) => {
    const d = direct.get(member);
    let quotePart: Q = { n: keyed.allocatedN[j] as bigint, d: keyed.unitD };
    if (d) {
      const directCost = roundToUnit(d, u);
      directByPosition.set(j, directCost);
      checkBase = add(checkBase, directCost);
      quotePart = add(quotePart, directCost);
      total = add(total, directCost);
    }
    const own = input.members[member]?.porteur === true;
    const fee = own || !service.feeRate ? ZERO : roundProductToUnit(quotePart, service.feeRate, u);
    fees[j] = fee.n === 0n ? ZERO : fee;
    return new KeyedLine(common, j, keyed.allocatedN[j] as bigint, own);
  });
  return {
    service,
    model: 'groupement',
    eligibleBase: shared,
    sharedBase,
    checkBase,
    total,
    key: keyed.key,
    unitCost: null,
    unitCostFixed: false,
    totalUnits: null,
    lines,
  };
};
