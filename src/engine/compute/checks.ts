/**
 * Per-service checks (§4.6): cost base to share (after overhead, direct lines included),
 * Σ quote-parts and their difference — zero except the unit-cost rounding of Mise à
 * disposition and `Ligne à ligne` — so that nothing is hidden from the finance officer.
 */
import { type Q, sub } from '../numbers/rational';
import type { ScenarioResult } from './computeScenarios';

/** One check line. */
export interface CheckLine {
  readonly scenario: string;
  readonly service: number;
  readonly base: Q;
  readonly total: Q;
  readonly difference: Q;
}

/** Check lines per scenario and service. */
export function checks(scenarios: readonly ScenarioResult[]): CheckLine[] {
  return scenarios.flatMap((s) =>
    s.services.map((r) => ({
      scenario: s.name,
      service: r.service.index,
      base: r.checkBase,
      total: r.total,
      difference: sub(r.total, r.checkBase),
    })),
  );
}
