/**
 * Checks a write plan before anything is written: sheet names Excel accepts, blocks inside
 * Excel's grid, and no clash with the sheets the workbook keeps.
 */
import {
  OWNED_SHEET_PREFIX,
  rowCount,
  type PlanSheet,
  type WritePlan,
} from '../../../engine/plan/writePlan';
import { XlsxReadError } from '../xlsxReadError';
import { sheetConflictMessage, sheetNameConflict } from '../../ownership/sheetOwnership';

/** A plan that cannot be written (a programming error in the plan, not a user error). */
export class InvalidPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPlanError';
  }
}

/** Excel's grid: 1,048,576 rows × 16,384 columns; a cell beyond it makes the file unreadable. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

function validateGrid(sheet: PlanSheet): void {
  for (const block of sheet.blocks) {
    const lastRow =
      block.kind === 'table' ? block.row + Math.max(rowCount(block.rows), 1) : block.row;
    const lastColumn =
      block.kind === 'table' ? block.column + block.columns.length - 1 : block.column;
    if (
      block.row < 1 ||
      block.column < 1 ||
      lastRow > EXCEL_MAX_ROWS ||
      lastColumn > EXCEL_MAX_COLUMNS
    ) {
      const what = block.kind === 'table' ? `Le tableau « ${block.name} »` : 'Un texte';
      throw new InvalidPlanError(
        `${what} de la feuille « ${sheet.name} » sort de la grille d'Excel (ligne ${lastRow.toLocaleString('fr-FR')}, colonne ${lastColumn} ; ` +
          `au plus ${EXCEL_MAX_ROWS.toLocaleString('fr-FR')} lignes et ${EXCEL_MAX_COLUMNS.toLocaleString('fr-FR')} colonnes).`,
      );
    }
  }
}

/** Throws InvalidPlanError when the plan cannot be written (bad names, blocks outside the grid). */
export function validatePlan(plan: WritePlan): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    validateGrid(sheet);
    const name = sheet.name;
    if (!name.startsWith(OWNED_SHEET_PREFIX))
      throw new InvalidPlanError(
        `La feuille « ${name} » ne commence pas par « ${OWNED_SHEET_PREFIX} ».`,
      );
    if (name.length > 31 || /[:\\/?*[\]]/.test(name) || name.endsWith("'"))
      throw new InvalidPlanError(`Nom de feuille invalide pour Excel : « ${name} ».`);
    if (seen.has(name.toLowerCase()))
      throw new InvalidPlanError(`Feuille « ${name} » en double dans le plan.`);
    seen.add(name.toLowerCase());
  }
}

/**
 * Refuses a plan sheet whose name a kept sheet already has, compared as Excel does
 * (without case): a user's `qp titres`, or a `QP …` sheet QuotePart did not write.
 * Renaming either sheet silently would surprise; the user renames theirs.
 */
export function refuseSheetNameConflicts(
  sheets: readonly { readonly name: string }[],
  removed: ReadonlySet<number>,
  plan: WritePlan,
): void {
  const kept = sheets.filter((_, index) => !removed.has(index)).map((sheet) => sheet.name);
  const conflict = sheetNameConflict(
    kept,
    plan.sheets.map((sheet) => sheet.name),
  );
  if (conflict !== null) throw new XlsxReadError('SHEET_CONFLICT', sheetConflictMessage(conflict));
}
