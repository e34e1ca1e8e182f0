/**
 * Scenario comparison (§4.5): per member taking part in at least one service and per
 * scenario, the total of quote-parts and fees (own use included), the difference with
 * `Référence`, and the stand-alone gain where `CoutsAutonomes` gives the member's
 * stand-alone cost — the "every member gains" test.
 */
import { type Q, ZERO, add, div, sign, sub } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import type { ScenarioResult } from './computeScenarios';

/** One member in one scenario. */
export interface ComparisonLine {
  readonly member: number;
  readonly scenario: string;
  readonly total: Q;
  readonly delta: Q;
  /** delta ÷ Référence total, null when the Référence total is 0. */
  readonly deltaRatio: Q | null;
  readonly standalone: Q | null;
  readonly gain: Q | null;
  readonly notGaining: boolean;
}

/** Comparison lines: members in `Membres` order, then scenarios (Référence first). */
export function comparison(
  scenarios: readonly ScenarioResult[],
  input: InputModel,
): ComparisonLine[] {
  const totals = scenarios.map((s) => {
    const t = new Map<number, Q>();
    for (const r of s.services)
      for (const l of r.lines)
        t.set(l.member, add(t.get(l.member) ?? ZERO, add(l.quotePart, l.fee)));
    return t;
  });
  const reference = totals[0] ?? new Map<number, Q>();
  const lines: ComparisonLine[] = [];
  for (const member of input.members) {
    if (!reference.has(member.index)) continue;
    const base = reference.get(member.index) ?? ZERO;
    scenarios.forEach((s, k) => {
      const total = totals[k]?.get(member.index) ?? ZERO;
      const delta = sub(total, base);
      const standalone = input.standalone.get(member.index) ?? null;
      const gain = standalone ? sub(standalone, total) : null;
      lines.push({
        member: member.index,
        scenario: s.name,
        total,
        delta,
        deltaRatio: sign(base) === 0 ? null : div(delta, base),
        standalone,
        gain,
        notGaining: gain !== null && sign(gain) < 0,
      });
    });
  }
  return lines;
}
