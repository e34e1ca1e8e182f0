/**
 * The stability verdict of one scenario in words (contract §6.4): whether every member
 * and every group of `CoutsAutonomes` gains from the pooling, or who would leave it.
 * One wording for every shell: the task pane shows the sentence, the CLI prints it in
 * its per-scenario lines (docs/regles-de-calcul.md §11.1).
 */
import type { ScenarioSummary } from '../contract/runTypes';

/**
 * The verdict without the scenario's name — `chaque membre et chaque groupe donnés
 * gagnent à la mutualisation`, or `quitterait la mutualisation : A` /
 * `quitteraient la mutualisation : A ; B + C` — or null when `CoutsAutonomes` gives no
 * member nor group (no test to state).
 */
export function verdictWords(wouldLeave: ScenarioSummary['wouldLeave']): string | null {
  if (wouldLeave === null) return null;
  return wouldLeave.length === 0
    ? 'chaque membre et chaque groupe donnés gagnent à la mutualisation'
    : `${wouldLeave.length > 1 ? 'quitteraient' : 'quitterait'} la mutualisation : ${wouldLeave.join(' ; ')}`;
}

/** The verdict sentence of a scenario (`Référence : …`), or null when `CoutsAutonomes` gives no member nor group. */
export function stabilityVerdict(line: ScenarioSummary): string | null {
  const words = verdictWords(line.wouldLeave);
  return words === null ? null : `${line.scenario} : ${words}.`;
}
