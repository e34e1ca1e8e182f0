import type { PlanRow } from '../../engine';
import type { ExcelCellValue } from './payloadSize';
import { excelValueOf } from './planCells';
import { refuse } from './refuse';
import type { StreamedTable } from './streamedPlan';

/**
 * Converts and checks one row of `table` (`r`: its 0-based index), so that a cell that does
 * not fit its column format fails the write before the swap, with its position.
 */
export function convertRow(
  cells: PlanRow,
  r: number,
  table: StreamedTable,
  sheet: string,
): readonly ExcelCellValue[] {
  if (cells.length > table.columns.length)
    throw refuse(`la ligne ${r + 1} du tableau « ${table.name} » a trop de cellules.`);
  return table.columns.map((column, c) => {
    const value = excelValueOf(cells[c] ?? null, column.format);
    if (value === null)
      throw refuse(
        `valeur « ${String(cells[c])} » invalide pour le format ${column.format} (tableau « ${table.name} », feuille « ${sheet} », ligne ${r + 1}, colonne « ${column.header} »).`,
      );
    return value;
  });
}
