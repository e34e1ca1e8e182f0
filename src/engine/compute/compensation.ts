/**
 * Attributions de compensation (§3.4, §4.4), base case: for each non-porteur participant
 * of a service commun settled on the AC, AC nette = AC − Σ of its quote-parts of such
 * services. A negative AC nette is flagged: the commune then owes the EPCI.
 */
import { type Q, ZERO, add, sign, sub } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import type { ServiceResult } from '../models/serviceResult';

/** One member's AC line. */
export interface CompensationLine {
  readonly member: number;
  readonly before: Q;
  /** Each AC-settled service and the quote-part imputed. */
  readonly services: readonly { readonly service: number; readonly amount: Q }[];
  readonly imputed: Q;
  readonly after: Q;
  readonly negative: boolean;
}

/** AC lines in member order. */
export function compensation(
  reference: readonly ServiceResult[],
  input: InputModel,
): CompensationLine[] {
  const byMember = new Map<number, { service: number; amount: Q }[]>();
  for (const result of reference) {
    for (const line of result.lines) {
      if (line.settlement !== 'ac') continue;
      const list = byMember.get(line.member) ?? [];
      list.push({ service: result.service.index, amount: line.quotePart });
      byMember.set(line.member, list);
    }
  }
  return [...byMember.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([member, services]) => {
      const before = input.members[member]?.ac ?? ZERO;
      const imputed = services.reduce((acc, s) => add(acc, s.amount), ZERO);
      const after = sub(before, imputed);
      return { member, before, services, imputed, after, negative: sign(after) < 0 };
    });
}
