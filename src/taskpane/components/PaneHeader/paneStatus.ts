/**
 * The one-line state of the workbook shown under the pane's title ("2026 · 14 membres ·
 * 7 services · prêt", "3 erreurs", "modifié depuis le calcul"), and which action is the
 * primary one of the moment: Fluent allows one primary button per view.
 */
import type { WorkbookInventory } from '../../../engine';
import { countFr } from '../../format/countFr';
import type { QuotePartPaneState } from '../QuotePartPane/QuotePartPane.types';

/** The button styled primary: the next thing the user should do. */
export type PrimaryAction = 'create' | 'compute' | 'write' | 'recompute-and-write' | 'none';

/** True when no contract table was found: the workbook is blank for QuotePart. */
export function isBlankWorkbook(state: Pick<QuotePartPaneState, 'inventory'>): boolean {
  return (
    state.inventory.status === 'done' && state.inventory.value.tables.every((table) => !table.found)
  );
}

/** Whether the last run is valid and known to be out of date. */
function isStale(state: QuotePartPaneState): boolean {
  return state.write.status === 'stale' || (state.changedSince?.length ?? 0) > 0;
}

/** The primary action for the pane's state. */
export function primaryAction(state: QuotePartPaneState): PrimaryAction {
  if (isBlankWorkbook(state) && state.run.status !== 'done') return 'create';
  if (state.run.status !== 'done' || state.run.value.status !== 'ok') return 'compute';
  if (isStale(state)) return 'recompute-and-write';
  if (state.write.status === 'done') return 'none';
  return 'write';
}

/** "2026 · 14 membres · 7 services" from the inventory. */
function workbookFacts(inventory: WorkbookInventory): string {
  return [
    inventory.exercice === null ? 'exercice non renseigné' : String(inventory.exercice),
    countFr(inventory.members, 'membre'),
    countFr(inventory.services, 'service'),
  ].join(' · ');
}

/** Where the flow stands, in a few words. */
function stage(state: QuotePartPaneState): string {
  if (state.run.status === 'working') return 'calcul en cours…';
  if (state.write.status === 'working') return 'écriture en cours…';
  if (state.run.status === 'failed') return 'calcul impossible';
  if (state.run.status === 'done') {
    const { summary, status } = state.run.value;
    if (status === 'invalid') return countFr(summary.errors, 'erreur');
    if (isStale(state)) return 'modifié depuis le calcul';
    if (state.write.status === 'done') return 'résultats écrits';
    return summary.warnings > 0
      ? `calculé, ${countFr(summary.warnings, 'avertissement')}`
      : 'calculé';
  }
  const missing =
    state.inventory.status === 'done'
      ? state.inventory.value.tables.filter((table) => table.required && !table.found).length
      : 0;
  return missing > 0
    ? countFr(missing, 'table obligatoire absente', 'tables obligatoires absentes')
    : 'prêt';
}

/** The state line under the title. */
export function paneStatusLine(state: QuotePartPaneState): string {
  const { inventory } = state;
  if (inventory.status === 'failed') return 'Classeur illisible';
  if (inventory.status !== 'done') return 'Lecture du classeur…';
  if (isBlankWorkbook(state) && state.run.status !== 'done') return 'Aucune table QuotePart';
  return `${workbookFacts(inventory.value)} · ${stage(state)}`;
}
