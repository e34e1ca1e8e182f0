/**
 * The cells read from one sheet (its used range), and the RawTables cut from them: one
 * per Excel table on the sheet, and the sheet read as a plain table. Same rules as the
 * xlsx reader (src/workbook/xlsx/read/tablesFromGrid.ts), so a workbook gives the engine
 * the same tables in Excel and in the CLI: a plain sheet's headers are its first non-empty
 * row (from its first to its last non-blank cell), its data every non-empty row below.
 */
import type { RawCell, RawTable } from '../../engine';

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

  /** Cells of a row from 1-based column `left` to `right` inclusive, blanks as null. */
  slice(row: number, left: number, right: number): RawCell[] {
    const cells = this.rows.get(row);
    const out = new Array<RawCell>(right - left + 1);
    for (let column = left; column <= right; column++)
      out[column - left] = cells?.[column - 1] ?? null;
    return out;
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

/** The RawTable of an Excel table (totals row left out). */
export function tableFromGrid(grid: SheetGrid, place: TablePlace): RawTable {
  const rows: RawCell[][] = [];
  const last = place.bottom - (place.hasTotals ? 1 : 0);
  for (let row = place.top + 1; row <= last; row++)
    rows.push(grid.slice(row, place.left, place.right));
  return {
    name: place.name,
    sheet: place.sheet,
    source: 'table',
    headerRow: place.top,
    firstColumn: place.left,
    headers: grid.slice(place.top, place.left, place.right),
    rows,
  };
}

/** The RawTable of a worksheet read as a plain table. */
export function plainSheetTable(grid: SheetGrid, sheet: string): RawTable {
  const numbers = [...grid.rows.keys()].sort((a, b) => a - b);
  const nonEmpty = (row: number): number[] => {
    const cells = grid.rows.get(row) ?? [];
    const columns: number[] = [];
    cells.forEach((cell, index) => {
      if (cell !== null && cell !== undefined) columns.push(index + 1);
    });
    return columns;
  };
  const headerRow = numbers.find((row) => nonEmpty(row).length > 0);
  if (headerRow === undefined)
    return {
      name: sheet,
      sheet,
      source: 'sheet',
      headerRow: 1,
      firstColumn: 1,
      headers: [],
      rows: [],
      rowNumbers: [],
    };
  const columns = nonEmpty(headerRow);
  const left = columns[0] ?? 1;
  const right = columns[columns.length - 1] ?? left;
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  for (const row of numbers) {
    if (row <= headerRow) continue;
    const cells = grid.slice(row, left, right);
    if (cells.every((cell) => cell === null)) continue;
    rows.push(cells);
    rowNumbers.push(row);
  }
  return {
    name: sheet,
    sheet,
    source: 'sheet',
    headerRow,
    firstColumn: left,
    headers: grid.slice(headerRow, left, right),
    rows,
    rowNumbers,
  };
}
