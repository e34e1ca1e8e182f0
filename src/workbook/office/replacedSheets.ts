/**
 * Which of QuotePart's sheets a write replaces, and the record it leaves. A full run's
 * plan replaces every sheet QuotePart owns (a result sheet the new run no longer produces
 * must not survive with stale figures); a plan written after the run, such as the
 * per-member annex, replaces only the owned sheets it names, so the results already
 * written stay in place. A sheet QuotePart does not own whose name the plan would write
 * refuses the write (SHEET_CONFLICT, as in the xlsx adapter).
 */
import { sheetConflictMessage, sheetNameConflict } from '../ownership/sheetOwnership';
import type { ApplyPlanOptions } from './hostOperations';
import { OfficeHostError } from './officeHostError';
import { isLeftoverSheetName } from './temporaryNames';
import { ownedSheets, type SheetInfo, type WorkbookState } from './workbookState';

/** What these functions read of a plan: its sheets' names. */
export type PlanSheetNames = { readonly sheets: readonly { readonly name: string }[] };

/** See `ApplyPlanOptions.replace`; names are compared ignoring case, as Excel does. */
export type ReplaceMode = NonNullable<ApplyPlanOptions['replace']>;

/** The refusal of a write whose sheet names a sheet QuotePart did not write already has. */
export class SheetConflictError extends OfficeHostError {
  /** Same code as the xlsx adapter's refusal. */
  readonly code = 'SHEET_CONFLICT';
}

/** The owned sheets the write sets aside and deletes, in workbook order. */
export function replacedSheets(
  state: WorkbookState,
  plan: PlanSheetNames,
  mode: ReplaceMode,
): SheetInfo[] {
  const owned = ownedSheets(state);
  if (mode === 'all') return owned;
  const named = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  return owned.filter((s) => named.has(s.name.toLowerCase()));
}

/**
 * Refuses, before anything is written, a plan sheet whose name a sheet that stays
 * already has (a user's `qp titres`, a `QP …` sheet QuotePart did not write).
 */
export function refuseSheetConflicts(
  state: WorkbookState,
  plan: PlanSheetNames,
  replaced: readonly SheetInfo[],
): void {
  const going = new Set(replaced.map((s) => s.id));
  const kept = state.sheets
    .filter((s) => !going.has(s.id) && !isLeftoverSheetName(s.name))
    .map((s) => s.name);
  const conflict = sheetNameConflict(
    kept,
    plan.sheets.map((s) => s.name),
  );
  if (conflict === null) return;
  const message = sheetConflictMessage(conflict);
  throw new SheetConflictError(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`);
}

/** The sheet names the record lists after the write: the owned sheets kept, then the plan's. */
export function recordAfterWrite(
  state: WorkbookState,
  plan: PlanSheetNames,
  replaced: readonly SheetInfo[],
): string[] {
  const going = new Set(replaced.map((s) => s.id));
  const kept = ownedSheets(state).filter((s) => !going.has(s.id));
  return [...kept.map((s) => s.name), ...plan.sheets.map((s) => s.name)];
}
