/**
 * First write request of a plan: adds the new sheets under their temporary names and
 * lays out everything but the data rows (texts, header rows in bold, one number format
 * per column, column widths, frozen rows; for printable sheets wrapped text, merged text
 * lines, row heights and, with ExcelApi 1.9, the page set-up). Small whatever the number
 * of rows.
 */
import { queuePageLayout } from './applyPageLayout';
import type { RequestContextLike, WorksheetLike } from './excelLike';
import { jsonStringBytes } from './payloadSize';
import type { PreparedSheet } from './preparedSheet';
import { CALL_OVERHEAD_BYTES } from './requestLimits';

/** Queued skeleton: the new sheets' proxies and the estimated request size. */
export interface QueuedSkeleton {
  readonly sheets: ReadonlyMap<PreparedSheet, WorksheetLike>;
  readonly bytes: number;
}

/** Wrapped text, merged text lines and row heights of a printable sheet; returns the calls queued. */
function queuePrintedLayout(sheet: WorksheetLike, plan: PreparedSheet): number {
  let calls = 0;
  const { rowCount, columnCount } = plan.used;
  if (plan.wrapText && rowCount > 0 && columnCount > 0) {
    const all = sheet.getRangeByIndexes(0, 0, rowCount, columnCount);
    all.format.wrapText = true;
    all.format.verticalAlignment = 'Top';
    calls += 2;
  }
  for (const merge of plan.merges) {
    sheet.getRangeByIndexes(merge.row, merge.column, 1, merge.columnCount).merge(false);
    calls++;
  }
  for (const [row, points] of plan.rowHeights) {
    sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = points;
    calls++;
  }
  return calls;
}

/**
 * Queues the skeleton of every prepared sheet (no sync). `pageLayout`: whether the host
 * has ExcelApi 1.9 (`Worksheet.pageLayout`); without it the page set-up is left out.
 */
export function queueSkeleton(
  context: RequestContextLike,
  prepared: readonly PreparedSheet[],
  pageLayout = false,
): QueuedSkeleton {
  const sheets = new Map<PreparedSheet, WorksheetLike>();
  let calls = 0;
  let textBytes = 0;
  for (const plan of prepared) {
    const sheet = context.workbook.worksheets.add(plan.temporaryName);
    sheets.set(plan, sheet);
    calls++;
    for (const text of plan.texts) {
      const cell = sheet.getRangeByIndexes(text.row, text.column, 1, 1);
      cell.numberFormat = '@';
      cell.values = [[text.text]];
      if (text.bold) cell.format.font.bold = true;
      calls += 3;
      textBytes += jsonStringBytes(text.text);
    }
    for (const table of plan.tables) {
      const header = sheet.getRangeByIndexes(table.row, table.column, 1, table.headers.length);
      header.numberFormat = '@';
      header.values = [[...table.headers]];
      header.format.font.bold = true;
      calls += 3;
      textBytes += table.headers.reduce((sum, h) => sum + jsonStringBytes(h), 0);
      if (table.rowCount > 0) {
        table.numberFormats.forEach((format, i) => {
          sheet.getRangeByIndexes(table.row + 1, table.column + i, table.rowCount, 1).numberFormat =
            format;
          calls++;
          textBytes += jsonStringBytes(format);
        });
      }
    }
    for (const [column, points] of plan.columnWidths) {
      sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
      calls++;
    }
    if (plan.freezeRows > 0) {
      sheet.freezePanes.freezeRows(plan.freezeRows);
      calls++;
    }
    calls += queuePrintedLayout(sheet, plan);
    if (pageLayout && plan.print !== null && sheet.pageLayout !== undefined)
      calls += queuePageLayout(sheet.pageLayout, plan.print);
  }
  return { sheets, bytes: calls * CALL_OVERHEAD_BYTES + textBytes };
}
