/**
 * Which old `QP` sheets a write replaces. A full run's plan replaces every `QP` sheet (a
 * result sheet the new run no longer produces must not survive with stale figures); a
 * plan written after the run, such as the per-member annex, replaces only the sheets it
 * names, so the results already written stay in place.
 */
import { OWNED_SHEET_PREFIX, type WritePlan } from '../../engine';
import type { ApplyPlanOptions } from './hostOperations';
import type { SheetInfo, WorkbookState } from './workbookState';

/** See `ApplyPlanOptions.replace`; names are compared ignoring case, as Excel does. */
export type ReplaceMode = NonNullable<ApplyPlanOptions['replace']>;

/** The old `QP` sheets the write sets aside and deletes, in workbook order. */
export function replacedSheets(
  state: WorkbookState,
  plan: WritePlan,
  mode: ReplaceMode,
): SheetInfo[] {
  const current = state.sheets.filter((s) => s.name.startsWith(OWNED_SHEET_PREFIX));
  if (mode === 'all') return current;
  const upper = (name: string): string => name.toLocaleUpperCase('en');
  const named = new Set(plan.sheets.map((s) => upper(s.name)));
  return current.filter((s) => named.has(upper(s.name)));
}
