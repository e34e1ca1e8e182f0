import type { PlanRow } from '../../engine';
import type { SizedRows } from './blockSplitter';
import { convertRow } from './convertRow';
import { rowBytes, type ExcelCellValue } from './payloadSize';
import type { StreamedTable } from './streamedPlan';
import { yieldToPage } from './yieldToPage';

/** Rows converted between two turns given to the page (a few tens of ms in a browser). */
export const ROWS_PER_SLICE = 5_000;

/**
 * Converts every row of a table given whole, the page given a turn every `ROWS_PER_SLICE`
 * rows, so a large table does not freeze the task pane while it is checked.
 */
export async function convertWhole(
  table: StreamedTable,
  rows: Iterable<PlanRow>,
  sheet: string,
): Promise<SizedRows> {
  const converted: (readonly ExcelCellValue[])[] = [];
  const sizes: number[] = [];
  for (const cells of rows) {
    const r = converted.length;
    if (r > 0 && r % ROWS_PER_SLICE === 0) await yieldToPage();
    const row = convertRow(cells, r, table, sheet);
    converted.push(row);
    sizes.push(rowBytes(row));
  }
  return { rows: converted, sizes };
}
