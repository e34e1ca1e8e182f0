/** Small helpers to declare output tables of the write plan. */
import type {
  ColumnFormat,
  JsonRowProjection,
  PlanColumn,
  PlanRows,
  PlanSheet,
  PlanTable,
} from './writePlan';

/** A column declaration. */
export function col(header: string, format: ColumnFormat, width: number): PlanColumn {
  return { header, format, width };
}

/** A sheet holding one table at A1 with a frozen header row (whose rows may also be `--json` rows). */
export function singleTableSheet(
  name: string,
  tableName: string,
  columns: readonly PlanColumn[],
  rows: PlanRows,
  jsonRows?: JsonRowProjection,
): PlanSheet {
  const table: PlanTable = { kind: 'table', name: tableName, row: 1, column: 1, columns, rows };
  return {
    name,
    blocks: [jsonRows === undefined ? table : { ...table, jsonRows }],
    freezeRows: 1,
  };
}
