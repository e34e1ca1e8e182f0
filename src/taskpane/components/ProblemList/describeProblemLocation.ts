/**
 * Where a problem is, in French words a finance officer recognises: "Charges, ligne 12,
 * colonne Montant (feuille Charges, cellule E12)".
 */
import type { Problem } from '../../../engine';

/** The location of a problem as one French phrase. */
export function describeProblemLocation(problem: Problem): string {
  const parts = [problem.table];
  if (problem.row !== null) parts.push(`ligne ${problem.row}`);
  if (problem.column !== null) parts.push(`colonne ${problem.column}`);
  const cell = problem.sheet && problem.cell ? ` (cellule ${problem.sheet}!${problem.cell})` : '';
  return parts.join(', ') + cell;
}
