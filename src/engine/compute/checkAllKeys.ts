/**
 * Resolves every key of the base case and of every scenario only to report their
 * problems, when the input is already invalid for another reason: the user then sees
 * all problems at once instead of discovering key errors after fixing the others.
 */
import type { InputModel } from '../domain/inputModel';
import type { ProblemList } from '../problems/problemList';
import { resolveKey } from '../keys/resolveKey';
import { FUNDING_MODELS } from '../models/registry';

/** Records the problems of every key expression of the workbook. */
export function checkAllKeys(input: InputModel, problems: ProblemList): void {
  for (const service of input.services) {
    if (FUNDING_MODELS[service.model].sharing !== 'key') continue;
    const participants = input.participants[service.index] ?? [];
    if (service.key)
      resolveKey(service.key, service, participants, input, service.keyPlace, problems);
    for (const scenario of input.scenarios) {
      const override = scenario.keys.get(service.index);
      if (override)
        resolveKey(override.key, service, participants, input, override.place, problems);
    }
  }
}
