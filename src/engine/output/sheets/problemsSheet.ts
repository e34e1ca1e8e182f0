/** `QP Problèmes` (§4.7): every problem with its place and what to fix. */
import type { PlanSheet } from '../../plan/writePlan';
import type { Problem } from '../../problems/problem';
import { col, singleTableSheet } from '../../plan/planHelpers';

/** Builds the problems sheet (warnings of a valid run). */
export function problemsSheet(problems: readonly Problem[]): PlanSheet {
  const columns = [
    col('Gravité', 'text', 12),
    col('Code', 'text', 24),
    col('Table', 'text', 16),
    col('Ligne', 'integer', 8),
    col('Colonne', 'text', 20),
    col('Valeur', 'text', 20),
    col('Message', 'text', 90),
    col('Cellule', 'text', 22),
  ];
  const rows = problems.map((p) => [
    p.severity === 'error' ? 'Erreur' : 'Avertissement',
    p.code,
    p.table,
    p.row === null ? null : String(p.row),
    p.column,
    p.value,
    p.message,
    p.sheet && p.cell ? `'${p.sheet}'!${p.cell}` : null,
  ]);
  return singleTableSheet('QP Problèmes', 'QP_Problemes', columns, rows);
}
