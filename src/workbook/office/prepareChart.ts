import type { PlanChart } from '../../engine';
import type { ChartTypeName } from './excelLike';
import type { PreparedChart, PreparedTable } from './preparedSheet';
import { refuse } from './refuse';

const CHART_TYPES: Readonly<Record<PlanChart['type'], ChartTypeName>> = {
  clusteredColumn: 'ColumnClustered',
  clusteredBar: 'BarClustered',
  pie: 'Pie',
};

/**
 * Resolves a chart's table and columns among the sheet's prepared tables, so a chart over
 * an unknown table or column fails before any write.
 */
export function prepareChart(
  chart: PlanChart,
  tables: readonly PreparedTable[],
  sheet: string,
): PreparedChart {
  const table = tables.find((t) => t.name === chart.table);
  if (!table)
    throw refuse(
      `le graphique « ${chart.title} » lit un tableau absent de la feuille « ${sheet} ».`,
    );
  const column = (header: string): number => {
    const index = table.headers.indexOf(header);
    if (index < 0)
      throw refuse(`le graphique « ${chart.title} » lit une colonne inconnue « ${header} ».`);
    return index;
  };
  const { row, column: left, rows, columns } = chart.anchor;
  return {
    title: chart.title,
    type: CHART_TYPES[chart.type],
    table,
    categoryColumn: column(chart.categoryColumn),
    seriesColumns: chart.seriesColumns.map(column),
    anchor: {
      row: row - 1,
      column: left - 1,
      rowCount: Math.max(1, rows),
      columnCount: Math.max(1, columns),
    },
  };
}
