/**
 * The whole computation of a valid input: scenarios, billing of the base case, AC,
 * comparison and checks. Returns null when a rule that needs results fails (an invalid
 * scenario key, or amounts billed with no porteur to issue the titres).
 */
import { sign } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import type { ProblemList } from '../problems/problemList';
import { computeScenarios, type ScenarioResult } from './computeScenarios';
import { bill, type BillingResult } from '../billing/billing';
import { compensation, type CompensationLine } from './compensation';
import { comparison, type ComparisonLine } from './comparison';
import { checks, type CheckLine } from './checks';
import { coalitions, type CoalitionLine } from './coalitions';
import { evolution, type EvolutionLine } from './evolution';
import { M } from '../problems/messages';

/** Everything computed from a valid input. */
export interface ComputationResult {
  readonly input: InputModel;
  readonly scenarios: readonly ScenarioResult[];
  readonly billing: BillingResult;
  readonly compensation: readonly CompensationLine[];
  readonly comparison: readonly ComparisonLine[];
  /** The coalition test per scenario and group (§6.4). */
  readonly coalitions: readonly CoalitionLine[];
  /** Year over year per member and service, with member total rows (§6.5). */
  readonly evolution: readonly EvolutionLine[];
  readonly checks: readonly CheckLine[];
}

/** Runs the computation; null when problems make the input invalid. */
export function runComputation(input: InputModel, problems: ProblemList): ComputationResult | null {
  const scenarios = computeScenarios(input, problems);
  if (!scenarios) return null;
  const reference = scenarios[0]?.services ?? [];
  if (input.porteur === null && reference.some((r) => r.lines.some((l) => sign(l.billed) > 0))) {
    problems.error(
      'PORTEUR_MANQUANT',
      {
        table: 'Membres',
        column: 'Porteur',
        ...(input.members[0]?.place.sheet ? { sheet: input.members[0].place.sheet } : {}),
      },
      M.missingPorteur(),
    );
    return null;
  }
  const billing = bill(reference, input, problems);
  const compared = comparison(scenarios, input);
  return {
    input,
    scenarios,
    billing,
    compensation: compensation(reference, input),
    comparison: compared,
    coalitions: coalitions(
      scenarios.map((s) => s.name),
      compared,
      input,
    ),
    evolution: evolution(reference, input),
    checks: checks(scenarios, input),
  };
}
