/**
 * Year over year (contract §6.5): per member and service, last year's amount
 * (`Historique`) against this year's q_i + g_i in `Référence`, the difference and the
 * change in % (2 decimals, half away from zero; none when last year is 0 or blank), in
 * `Membres` then `Services` order, services that ended after them; and per member the
 * total of its rows — what a finance officer presents to the council.
 */
import { type Q, ZERO, add, div, mul, q, sign, sub } from '../numbers/rational';
import { roundToUnit } from '../numbers/round';
import { normalizeName } from '../text/normalizeName';
import type { InputModel } from '../domain/inputModel';
import type { ServiceResult } from '../models/serviceResult';

/** One member × service row (or, with `service` null, a member's total row). */
export interface EvolutionLine {
  readonly member: number;
  /** Service name as written (`Services`, or `Historique` for an ended one); null: the member's total. */
  readonly service: string | null;
  readonly previous: Q | null;
  readonly current: Q | null;
  /** current − previous, blanks as 0. */
  readonly delta: Q;
  /** delta ÷ previous × 100 rounded to 0.01; null when previous is 0 or blank. */
  readonly percent: Q | null;
}

const HUNDREDTH = q(1n, 100n);

/** The change in %, 2 decimals, half away from zero. */
export function percentChange(delta: Q, previous: Q | null): Q | null {
  if (previous === null || sign(previous) === 0) return null;
  return roundToUnit(mul(div(delta, previous), q(100n)), HUNDREDTH);
}

function line(
  member: number,
  service: string | null,
  previous: Q | null,
  current: Q | null,
): EvolutionLine {
  const delta = sub(current ?? ZERO, previous ?? ZERO);
  return { member, service, previous, current, delta, percent: percentChange(delta, previous) };
}

/**
 * Evolution rows with each member's total row after its own rows; empty without
 * `Historique`. `reference` is the Référence result, one per service.
 */
export function evolution(reference: readonly ServiceResult[], input: InputModel): EvolutionLine[] {
  const history = input.history;
  if (history === null) return [];
  const current = new Map<number, Map<string, Q>>();
  for (const r of reference) {
    const key = normalizeName(r.service.name);
    for (const l of r.lines) {
      let byService = current.get(l.member);
      if (!byService) current.set(l.member, (byService = new Map()));
      byService.set(key, add(l.quotePart, l.fee));
    }
  }
  const services = [
    ...input.services.map((s) => ({ key: normalizeName(s.name), name: s.name })),
    ...history.endedServices,
  ];
  const lines: EvolutionLine[] = [];
  for (const member of input.members) {
    const before = history.amounts.get(member.index);
    const now = current.get(member.index);
    if (!before && !now) continue;
    let previousTotal: Q | null = null;
    let currentTotal: Q | null = null;
    for (const s of services) {
      const previous = before?.get(s.key) ?? null;
      const amount = now?.get(s.key) ?? null;
      if (previous === null && amount === null) continue;
      lines.push(line(member.index, s.name, previous, amount));
      if (previous !== null) previousTotal = add(previousTotal ?? ZERO, previous);
      if (amount !== null) currentTotal = add(currentTotal ?? ZERO, amount);
    }
    lines.push(line(member.index, null, previousTotal, currentTotal));
  }
  return lines;
}
