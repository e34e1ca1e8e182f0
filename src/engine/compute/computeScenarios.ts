/**
 * Runs the funding models for the base case `Référence` and every scenario (§1
 * `Scenarios`, §4.5). A scenario recomputes only the services whose key it replaces;
 * the others keep the Référence result as it is.
 */
import type { InputModel } from '../domain/inputModel';
import type { ProblemList } from '../problems/problemList';
import type { ServiceResult } from '../models/serviceResult';
import { FUNDING_MODELS } from '../models/registry';
import { REFERENCE_SCENARIO } from '../parse/parseScenarios';

/** The results of one scenario, one per service in `Services` order. */
export interface ScenarioResult {
  readonly name: string;
  readonly services: readonly ServiceResult[];
}

/** Computes every scenario; null when a key is invalid (problems say where). */
export function computeScenarios(
  input: InputModel,
  problems: ProblemList,
): ScenarioResult[] | null {
  // Services shared among members: a support service is ventilated over them instead (§6.2).
  const shared = input.services.filter((s) => FUNDING_MODELS[s.model].compute !== null);
  const referenceByService = new Map<number, ServiceResult>();
  for (const service of shared) {
    const compute = FUNDING_MODELS[service.model].compute;
    const result = compute?.({
      input,
      service,
      participants: input.participants[service.index] ?? [],
      keyExpression: service.key,
      keyPlace: service.keyPlace,
      problems,
    });
    if (result) referenceByService.set(service.index, result);
  }
  const reference = [...referenceByService.values()];
  const results: ScenarioResult[] = [{ name: REFERENCE_SCENARIO, services: reference }];
  for (const scenario of input.scenarios) {
    const services = shared.map((service) => {
      const override = scenario.keys.get(service.index);
      if (!override) return referenceByService.get(service.index);
      return FUNDING_MODELS[service.model].compute?.({
        input,
        service,
        participants: input.participants[service.index] ?? [],
        keyExpression: override.key,
        keyPlace: override.place,
        problems,
      });
    });
    results.push({
      name: scenario.name,
      services: services.filter((s): s is ServiceResult => s !== undefined),
    });
  }
  return problems.hasErrors() ? null : results;
}
