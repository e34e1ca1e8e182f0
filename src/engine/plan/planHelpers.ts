/** Small helpers to declare output tables of the write plan. */
import type { ColumnFormat, PlanColumn, PlanRows, PlanSheet, PlanTable } from './writePlan';

/** A column declaration. */
export function col(header: string, format: ColumnFormat, width: number): PlanColumn {
  return { header, format, width };
}

/** A sheet holding one table at A1 with a frozen header row. */
export function singleTableSheet(
  name: string,
  tableName: string,
  columns: readonly PlanColumn[],
  rows: PlanRows,
): PlanSheet {
  const table: PlanTable = { kind: 'table', name: tableName, row: 1, column: 1, columns, rows };
  return { name, blocks: [table], freezeRows: 1 };
}
