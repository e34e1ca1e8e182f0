/**
 * Merged cells: only the top-left cell of a merged range holds a value (Excel keeps the
 * others empty, some tools do not). The reader keeps that value only and warns, because a
 * merged range inside a table usually means a row or a column the user did not intend.
 */
import type { Problem, RawCell } from '../../../engine';
import { cellAddress, formatRange, type CellRange } from '../../../engine';

/** Empties every cell of each merged range but its top-left one. */
export function clearMergedFollowers(
  rows: Map<number, RawCell[]>,
  merges: readonly CellRange[],
): void {
  for (const range of merges) {
    for (let row = range.top; row <= range.bottom; row++) {
      const cells = rows.get(row);
      if (cells === undefined) continue;
      for (let column = range.left; column <= range.right; column++) {
        if (row === range.top && column === range.left) continue;
        if (column - 1 < cells.length) cells[column - 1] = null;
      }
    }
  }
}

/** Whether two ranges share at least one cell. */
export function rangesIntersect(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The warning for one merged range found in a table (or a sheet read as a table). */
export function mergedCellsProblem(
  table: string,
  sheet: string,
  range: CellRange,
  column: string | null,
): Problem {
  const corner = cellAddress(range.top, range.left);
  return {
    severity: 'warning',
    code: 'FUSION_CELLULES',
    table,
    row: range.top,
    column,
    value: formatRange(range),
    message:
      `Cellules fusionnées ${formatRange(range)} dans la feuille « ${sheet} » : seule la valeur de la cellule ` +
      `${corner} est lue, les autres cellules sont traitées comme vides. Annulez la fusion et remplissez chaque cellule.`,
    sheet,
    cell: corner,
  };
}
