/**
 * Per-service checks (§4.6): cost base to share (after overhead, direct lines included),
 * Σ quote-parts and their difference — zero except the unit-cost rounding of Mise à
 * disposition and `Ligne à ligne` — so that nothing is hidden from the finance officer.
 * With support services, each scenario also checks their ventilation (§6.2): what they
 * cost, rounded, against what the other services received.
 */
import { type Q, sub, sum } from '../numbers/rational';
import { roundToUnit } from '../numbers/round';
import type { ScenarioResult } from './computeScenarios';
import type { InputModel } from '../domain/inputModel';

/** The `Service` of the check row of the support services' ventilation. */
export const SUPPORT_CHECK_LABEL = 'Services supports';

/** One check line. */
export interface CheckLine {
  readonly scenario: string;
  /** The service's index; null for the support services' row (`Services supports`). */
  readonly service: number | null;
  readonly base: Q;
  readonly total: Q;
  readonly difference: Q;
}

/** Check lines per scenario and service, then the support services' row. */
export function checks(scenarios: readonly ScenarioResult[], input: InputModel): CheckLine[] {
  const ventilation = input.ventilation;
  const supportBase = ventilation
    ? roundToUnit(ventilation.totalDirect, input.parameters.rounding)
    : null;
  const supportTotal = ventilation ? sum(ventilation.received.values()) : null;
  return scenarios.flatMap((s) => {
    const lines: CheckLine[] = s.services.map((r) => ({
      scenario: s.name,
      service: r.service.index,
      base: r.checkBase,
      total: r.total,
      difference: sub(r.total, r.checkBase),
    }));
    if (supportBase && supportTotal)
      lines.push({
        scenario: s.name,
        service: null,
        base: supportBase,
        total: supportTotal,
        difference: sub(supportTotal, supportBase),
      });
    return lines;
  });
}
