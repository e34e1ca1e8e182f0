/**
 * Turns a sheet's cell grid into the engine's RawTables, one implementation for both
 * adapters (the xlsx reader and the Office.js reader), so a workbook gives the engine the
 * same tables in the CLI and in Excel: one per Excel table on the sheet (header row, data
 * rows up to the table's range, totals rows left out), and the sheet read as a plain
 * table (first non-empty row = headers, from its first to its last non-blank cell, then
 * every non-empty row below). A grid is a map of 1-based row → cells by 0-based column.
 */
import type { RawCell, RawTable } from '../../engine';

function cellAt(rows: Map<number, RawCell[]>, row: number, column: number): RawCell {
  return rows.get(row)?.[column - 1] ?? null;
}

function sliceOf(cells: RawCell[] | undefined, left: number, right: number): RawCell[] {
  const out: RawCell[] = new Array<RawCell>(right - left + 1);
  for (let column = left; column <= right; column++)
    out[column - left] = cells?.[column - 1] ?? null;
  return out;
}

/**
 * The cells of a sheet's rows between two columns, each slice made once: a sheet holding
 * one table is read both as that table and as a plain sheet, and both share the arrays.
 */
export class RowSlices {
  private readonly cache = new Map<string, Map<number, RawCell[]>>();

  constructor(readonly rows: Map<number, RawCell[]>) {}

  /** A function giving the cells of a row from column `left` to `right` (1-based, inclusive), blanks as null. */
  between(left: number, right: number): (row: number) => RawCell[] {
    const key = `${left}:${right}`;
    let byRow = this.cache.get(key);
    if (byRow === undefined) {
      byRow = new Map();
      this.cache.set(key, byRow);
    }
    const cache = byRow;
    return (row) => {
      let slice = cache.get(row);
      if (slice === undefined) {
        slice = sliceOf(this.rows.get(row), left, right);
        cache.set(row, slice);
      }
      return slice;
    };
  }
}

/** Where an Excel table lies on its sheet (1-based, inclusive), and what its range holds. */
export interface TableRange {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Whether the range's first row is a header row (Excel can hide it). */
  readonly hasHeader: boolean;
  /** Totals rows at the bottom of the range (0 or 1), left out of the data. */
  readonly totalsRows: number;
  /** Column names the table declares (xlsx table part); a missing or empty one: the header cell. */
  readonly columnNames?: readonly string[];
}

/** The RawTable of an Excel table (ListObject) on a sheet. */
export function tableFromRange(table: TableRange, sheet: string, slices: RowSlices): RawTable {
  const rows = slices.rows;
  const headerRow = table.hasHeader ? table.top : table.top - 1;
  const headers: RawCell[] = [];
  for (let column = table.left; column <= table.right; column++) {
    const name = table.columnNames?.[column - table.left];
    const cell = table.hasHeader ? cellAt(rows, headerRow, column) : null;
    headers.push(name !== undefined && name !== '' ? name : cell);
  }
  const data: RawCell[][] = [];
  const lastDataRow = table.bottom - Math.max(0, table.totalsRows);
  const slice = slices.between(table.left, table.right);
  for (let row = headerRow + 1; row <= lastDataRow; row++) data.push(slice(row));
  return {
    name: table.name,
    sheet,
    source: 'table',
    headerRow,
    firstColumn: table.left,
    headers,
    rows: data,
  };
}

function isBlank(cell: RawCell | undefined): boolean {
  return cell === undefined || cell === null;
}

/** The RawTable of a worksheet read as a plain table. */
export function tableFromSheet(sheet: string, slices: RowSlices): RawTable {
  const rows = slices.rows;
  const rowNumbersSorted = [...rows.keys()].sort((a, b) => a - b);
  let headerRow = 0;
  let left = 0;
  let right = 0;
  for (const row of rowNumbersSorted) {
    const cells = rows.get(row) ?? [];
    const first = cells.findIndex((cell) => !isBlank(cell));
    if (first < 0) continue;
    headerRow = row;
    left = first + 1;
    for (let index = cells.length - 1; index >= first; index--) {
      if (!isBlank(cells[index])) {
        right = index + 1;
        break;
      }
    }
    break;
  }
  if (headerRow === 0)
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
  const headers = sliceOf(rows.get(headerRow), left, right);
  const data: RawCell[][] = [];
  const rowNumbers: number[] = [];
  const slice = slices.between(left, right);
  for (const row of rowNumbersSorted) {
    if (row <= headerRow) continue;
    const cells = slice(row);
    if (cells.every((cell) => cell === null)) continue;
    data.push(cells);
    rowNumbers.push(row);
  }
  return {
    name: sheet,
    sheet,
    source: 'sheet',
    headerRow,
    firstColumn: left,
    headers,
    rows: data,
    rowNumbers,
  };
}
