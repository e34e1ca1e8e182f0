/**
 * Service commun (CGCT L5211-4-2), contract §3.4: the shared base, raised by the
 * overhead rate, is allocated by the key; direct costs (raised too) are added. Settled
 * by titre, or imputed on the attribution de compensation (then nothing is billed).
 */
import { type Q, ONE, add, mul } from '../numbers/rational';
import { roundToUnit } from '../numbers/round';
import type { FundingModel, ParticipantLine } from './serviceResult';
import { costBase } from './costBase';
import { allocateByKey } from './allocateByKey';
import { KeyedLine, type KeyedService } from './keyedLine';

/** Computes a Service commun service. */
export const serviceCommun: FundingModel = (ctx) => {
  const { input, service, participants } = ctx;
  const u = input.parameters.rounding;
  const factor = service.feeRate ? add(ONE, service.feeRate) : ONE;
  const { shared, direct } = costBase(input, service.index);
  const sharedBase = roundToUnit(mul(shared, factor), u);
  const keyed = allocateByKey(ctx, sharedBase);
  if (!keyed) return undefined;
  // Σ q_i = Σ allocated + Σ direct costs: the direct costs are added as they come, the rest once.
  let total = keyed.allocatedTotal;
  let checkBase = sharedBase;
  const directByPosition = new Map<number, Q>();
  const common: KeyedService = {
    key: keyed.key,
    participants,
    unitD: keyed.unitD,
    settlement: service.settlement,
    billsQuotePart: true,
    direct: directByPosition,
    fees: null,
  };
  const lines: ParticipantLine[] = participants.map((member, j) => {
    const d = direct.get(member);
    if (d) {
      const directCost = roundToUnit(mul(d, factor), u);
      directByPosition.set(j, directCost);
      checkBase = add(checkBase, directCost);
      total = add(total, directCost);
    }
    return new KeyedLine(
      common,
      j,
      keyed.allocatedN[j] as bigint,
      input.members[member]?.porteur === true,
    );
  });
  return {
    service,
    model: 'service-commun',
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
