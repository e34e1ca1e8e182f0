/**
 * Turns a sheet's cell grid into the engine's RawTables: one per Excel table on the sheet
 * (header row, data rows up to the table's range, totals row left out), and the sheet read
 * as a plain table (first non-empty row = headers, then every non-empty row below).
 */
import type { RawCell, RawTable } from '../../../engine';
import type { TableDefinition } from './tablePart';

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

/** The RawTable of an Excel table (ListObject) on a sheet. */
export function tableFromDefinition(
  definition: TableDefinition,
  sheet: string,
  slices: RowSlices,
): RawTable {
  const rows = slices.rows;
  const { range, headerRowCount, totalsRowCount, columnNames } = definition;
  const hasHeader = headerRowCount > 0;
  const headerRow = hasHeader ? range.top : range.top - 1;
  const headers: RawCell[] = [];
  for (let column = range.left; column <= range.right; column++) {
    const name = columnNames[column - range.left];
    const cell = hasHeader ? cellAt(rows, headerRow, column) : null;
    headers.push(name !== undefined && name !== '' ? name : cell);
  }
  const data: RawCell[][] = [];
  const lastDataRow = range.bottom - (totalsRowCount > 0 ? totalsRowCount : 0);
  const slice = slices.between(range.left, range.right);
  for (let row = headerRow + 1; row <= lastDataRow; row++) data.push(slice(row));
  return {
    name: definition.name,
    sheet,
    source: 'table',
    headerRow,
    firstColumn: range.left,
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
