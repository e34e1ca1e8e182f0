/**
 * The stability verdict of one scenario in words (contract §6.4): whether every member
 * and every group of `CoutsAutonomes` gains from the pooling, or who would leave it.
 */
import type { ScenarioSummary } from '../../../engine';

/** The verdict sentence, or null when `CoutsAutonomes` gives no member nor group. */
export function stabilityVerdict(line: ScenarioSummary): string | null {
  if (line.wouldLeave === null) return null;
  return line.wouldLeave.length === 0
    ? `${line.scenario} : chaque membre et chaque groupe donnés gagnent à la mutualisation.`
    : `${line.scenario} : ${line.wouldLeave.length > 1 ? 'quitteraient' : 'quitterait'} la mutualisation : ${line.wouldLeave.join(' ; ')}.`;
}
