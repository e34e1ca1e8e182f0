import type { SizedRows } from './blockSplitter';
import { convertRow } from './convertRow';
import { rowBytes, type ExcelCellValue } from './payloadSize';
import { refuse } from './refuse';
import type { StreamedRows, StreamedTable } from './streamedPlan';
import { yieldToPage } from './yieldToPage';

/**
 * Converts streamed rows chunk by chunk, as they arrive; checks that `count` rows came, so
 * a table computed elsewhere (a worker) is written while it arrives yet never short.
 */
export async function* convertStreamed(
  table: StreamedTable,
  rows: StreamedRows,
  sheet: string,
): AsyncGenerator<SizedRows> {
  let r = 0;
  for await (const chunk of rows.chunks()) {
    // A chunk's arrival (a worker message: its structured clone), its conversion and the
    // write of the blocks it completes are three turns of the page, not one long task.
    await yieldToPage();
    const converted: (readonly ExcelCellValue[])[] = [];
    const sizes: number[] = [];
    for (const cells of chunk) {
      if (r >= rows.count) break;
      const row = convertRow(cells, r++, table, sheet);
      converted.push(row);
      sizes.push(rowBytes(row));
    }
    await yieldToPage();
    yield { rows: converted, sizes };
  }
  if (r !== rows.count)
    throw refuse(`le tableau « ${table.name} » annonçait ${rows.count} lignes et en a reçu ${r}.`);
}
