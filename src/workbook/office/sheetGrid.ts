/**
 * The cells read from one sheet (its used range), and the RawTables cut from them: one
 * per Excel table on the sheet, and the sheet read as a plain table — by the rules the
 * xlsx reader applies too (src/workbook/grid/tablesFromGrid.ts, one implementation), so a
 * workbook gives the engine the same tables in Excel and in the CLI.
 */
import type { RawCell, RawTable } from '../../engine';
import { RowSlices, tableFromRange, tableFromSheet } from '../grid/tablesFromGrid';

/** A sheet's non-empty cells: 1-based row → cells by 0-based column. */
export class SheetGrid {
  readonly rows = new Map<number, RawCell[]>();

  /** Stores a cell (1-based row, 0-based column); blanks are not stored. */
  set(row: number, column: number, cell: RawCell): void {
    if (cell === null) return;
    let cells = this.rows.get(row);
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
    }
    cells[column] = cell;
  }
}

/** Position of an Excel table, 1-based inclusive, header row first. */
export interface TablePlace {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly hasTotals: boolean;
}

/** The RawTable of an Excel table (totals row left out); headers are the header cells. */
export function tableFromGrid(grid: SheetGrid, place: TablePlace): RawTable {
  return tableFromRange(
    { ...place, hasHeader: true, totalsRows: place.hasTotals ? 1 : 0 },
    place.sheet,
    new RowSlices(grid.rows),
  );
}

/** The RawTable of a worksheet read as a plain table. */
export function plainSheetTable(grid: SheetGrid, sheet: string): RawTable {
  return tableFromSheet(sheet, new RowSlices(grid.rows));
}
