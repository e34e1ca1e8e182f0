/**
 * The coalition test (contract §6.4): for each scenario and each group of `CoutsAutonomes`,
 * the group's total (Σ of its members' totals of §4.5, 0 for a member in no service)
 * against what it would bear on its own. A group whose gain is negative would be better
 * off leaving: the pooling is not `stable` for it.
 */
import { type Q, ZERO, add, sign, sub } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import type { ComparisonLine } from './comparison';

/** One group in one scenario. */
export interface CoalitionLine {
  readonly scenario: string;
  /** Index of the group in `input.coalitions`. */
  readonly coalition: number;
  readonly total: Q;
  readonly standalone: Q;
  readonly gain: Q;
  readonly stable: boolean;
}

/** Coalition lines: scenarios in order (Référence first), then groups in table order. */
export function coalitions(
  scenarios: readonly string[],
  comparison: readonly ComparisonLine[],
  input: InputModel,
): CoalitionLine[] {
  if (input.coalitions.length === 0) return [];
  const totals = new Map<string, Q>();
  for (const c of comparison) totals.set(`${c.scenario}\u0000${c.member}`, c.total);
  const lines: CoalitionLine[] = [];
  for (const scenario of scenarios) {
    input.coalitions.forEach((group, k) => {
      let total = ZERO;
      for (const m of group.members)
        total = add(total, totals.get(`${scenario}\u0000${m}`) ?? ZERO);
      const gain = sub(group.standalone, total);
      lines.push({
        scenario,
        coalition: k,
        total,
        standalone: group.standalone,
        gain,
        stable: sign(gain) >= 0,
      });
    });
  }
  return lines;
}
