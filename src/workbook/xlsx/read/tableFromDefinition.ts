/**
 * The RawTable of a table part (TableDefinition) on a sheet, by the rules both adapters
 * share (src/workbook/grid/tablesFromGrid.ts): the part's column names as headers.
 */
import type { RawTable } from '../../../engine';
import { tableFromRange, type RowSlices } from '../../grid/tablesFromGrid';
import type { TableDefinition } from './tablePart';

/** The RawTable of an Excel table (ListObject) read from its table part. */
export function tableFromDefinition(
  definition: TableDefinition,
  sheet: string,
  slices: RowSlices,
): RawTable {
  const { range, headerRowCount, totalsRowCount, columnNames } = definition;
  return tableFromRange(
    {
      name: definition.name,
      ...range,
      hasHeader: headerRowCount > 0,
      totalsRows: totalsRowCount,
      columnNames,
    },
    sheet,
    slices,
  );
}
