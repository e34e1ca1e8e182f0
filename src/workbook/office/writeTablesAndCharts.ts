/**
 * Last write request before the swap: an Excel table over each written range (header +
 * data rows, under its temporary name) and the charts, each series set from a column of
 * its table (ChartSeries.setValues / setXAxisValues, ExcelApi 1.7). A chart over a table
 * without rows is skipped: Excel cannot chart an empty range.
 */
import type { RequestContextLike, TableLike, WorksheetLike } from './excelLike';
import type { PreparedChart, PreparedSheet, PreparedTable } from './preparedSheet';

/** New tables' proxies, by prepared table. */
export type QueuedTables = ReadonlyMap<PreparedTable, TableLike>;

function queueChart(sheet: WorksheetLike, chart: PreparedChart): void {
  const { table } = chart;
  const count = table.rowCount;
  if (count === 0 || chart.seriesColumns.length === 0) return;
  const column = (offset: number) =>
    sheet.getRangeByIndexes(table.row + 1, table.column + offset, count, 1);
  const categories = column(chart.categoryColumn);
  const [first, ...others] = chart.seriesColumns;
  if (first === undefined) return;
  const excelChart = sheet.charts.add(chart.type, column(first), 'Columns');
  excelChart.title.text = chart.title;
  const firstSeries = excelChart.series.getItemAt(0);
  firstSeries.name = table.headers[first] ?? '';
  firstSeries.setXAxisValues(categories);
  for (const offset of others) {
    const series = excelChart.series.add(table.headers[offset] ?? '');
    series.setValues(column(offset));
    series.setXAxisValues(categories);
  }
  const { row, column: left, rowCount, columnCount } = chart.anchor;
  excelChart.setPosition(
    sheet.getRangeByIndexes(row, left, 1, 1),
    sheet.getRangeByIndexes(row + rowCount - 1, left + columnCount - 1, 1, 1),
  );
}

/** Queues the tables and charts of every prepared sheet (no sync). */
export function queueTablesAndCharts(
  context: RequestContextLike,
  prepared: readonly PreparedSheet[],
  sheets: ReadonlyMap<PreparedSheet, WorksheetLike>,
): QueuedTables {
  const tables = new Map<PreparedTable, TableLike>();
  context.application.suspendApiCalculationUntilNextSync();
  for (const plan of prepared) {
    const sheet = sheets.get(plan);
    if (!sheet) continue;
    for (const table of plan.tables) {
      const range = sheet.getRangeByIndexes(
        table.row,
        table.column,
        1 + table.rowCount,
        table.headers.length,
      );
      const excelTable = sheet.tables.add(range, true);
      excelTable.name = table.temporaryName;
      tables.set(table, excelTable);
    }
    for (const chart of plan.charts) queueChart(sheet, chart);
  }
  return tables;
}
