/**
 * The sentence announced to screen readers (live region) after each step: compute done
 * or errors found, tables created, results written, stale results refused.
 */
import type { RunOutcome } from '../../../engine';
import type { InputTablesOutcome, WriteReport } from '../../../workbook/office/hostOperations';
import { runMessage } from '../ComputeSection/runMessage';
import { countFr } from '../../format/countFr';
import { describeChangedTables } from '../WriteSection/describeChangedTables';

/** After a run: its verdict. */
export function announceRun(outcome: RunOutcome): string {
  const message = runMessage(outcome);
  return `${message.title}. ${message.text}`;
}

/** After creating tables or loading the sample. */
export function announceSetup(outcome: InputTablesOutcome): string {
  return outcome.status === 'created'
    ? `Tables créées sur ${countFr(outcome.sheets.length, 'feuille')}.`
    : `Rien n’a été créé : ${outcome.message}`;
}

/** After a write of the results. */
export function announceWrite(
  report: WriteReport,
  sheets: number,
  annexMember: string | null,
): string {
  const annex =
    annexMember === null ? '' : ` L’annexe de «\u00a0${annexMember}\u00a0» a été réécrite.`;
  return `Résultats écrits : ${countFr(sheets, 'feuille')}${report.replaced.length > 0 ? `, dont ${countFr(report.replaced.length, 'feuille remplacée', 'feuilles remplacées')}` : ''}.${annex}`;
}

/** When the input changed since the compute. */
export function announceStale(tables: readonly string[]): string {
  return `Le classeur a changé depuis le calcul (${describeChangedTables(tables)}) : les résultats ne sont plus à jour.`;
}
