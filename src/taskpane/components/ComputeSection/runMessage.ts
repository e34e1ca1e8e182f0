/**
 * The one-sentence verdict of a run shown above its details (and announced to screen
 * readers): computed, computed with warnings, or refused with the number of errors.
 */
import type { RunOutcome } from '../../../engine';
import { countFr } from '../../format/countFr';

/** Intent and text of the message bar that reports a run. */
export type RunMessage = {
  readonly intent: 'success' | 'warning' | 'error';
  readonly title: string;
  readonly text: string;
};

/** Builds the verdict of a run. */
export function runMessage(outcome: RunOutcome): RunMessage {
  const { summary } = outcome;
  if (outcome.status === 'invalid') {
    const errors = outcome.problems.filter((problem) => problem.severity === 'error').length;
    return {
      intent: 'error',
      title: 'Données à corriger',
      text: `Le classeur contient ${countFr(errors, 'erreur')} : ${errors > 1 ? 'corrigez-les' : 'corrigez-la'} puis relancez le calcul. Rien n’a été écrit.`,
    };
  }
  const services = new Set(summary.services.map((line) => line.service)).size;
  const computed =
    `Quote-parts calculées pour ${countFr(services, 'service')} et ${countFr(summary.scenarios.length, 'scénario')} ; ` +
    `${countFr(summary.titres, 'titre')} de recettes (${countFr(summary.titreLines, 'ligne')}).`;
  if (summary.warnings > 0) {
    return {
      intent: 'warning',
      title: 'Calcul terminé avec des avertissements',
      text: `${computed} ${countFr(summary.warnings, 'avertissement')} à lire ci-dessous.`,
    };
  }
  return { intent: 'success', title: 'Calcul terminé', text: computed };
}
