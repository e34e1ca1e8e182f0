/**
 * Access to what annexes, the report and the export read from a run's outcome, and the
 * exception for misusing them (an invalid run, an unknown member or profile): misuse of
 * the API throws, bad data never does.
 */
import type { RunOutcome } from '../contract/runTypes';
import type { AnnexSource } from './annexLabels';

/** Misuse of the report, export or annex functions: an invalid run, an unknown member or profile. */
export class OutcomeUseError extends Error {
  override readonly name = 'OutcomeUseError';
}

/** The part of a run's outcome the annex functions read. */
export type OutcomeForAnnexes = Pick<RunOutcome, 'status' | 'json' | 'details'>;

/** The details and JSON of a valid outcome; throws `OutcomeUseError` for an invalid one. */
export function annexSource(outcome: OutcomeForAnnexes): AnnexSource {
  if (outcome.status !== 'ok' || !outcome.details)
    throw new OutcomeUseError(
      'Le calcul n\u2019est pas valide : corrigez les erreurs avant de produire les annexes, le rapport ou l\u2019export.',
    );
  return { details: outcome.details, json: outcome.json };
}
