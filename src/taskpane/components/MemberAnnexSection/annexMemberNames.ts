/**
 * The members a per-member annex can be written for: those taking part in at least one
 * service of a valid run, in `Membres` order. Read from the run's JSON (`comparison` has
 * one row per such member and scenario), so that listing them never needs the run's
 * details, which stay in the engine worker.
 */
import type { RunOutcome } from '../../../engine';

/** Names of the run's participating members, each once, in `Membres` order; none for an invalid run. */
export function annexMemberNames(outcome: RunOutcome): string[] {
  if (outcome.status !== 'ok') return [];
  const names = new Set<string>();
  for (const row of outcome.json.comparison) names.add(row.member);
  return [...names];
}
