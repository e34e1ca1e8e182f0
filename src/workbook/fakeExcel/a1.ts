/**
 * Rectangles of the fake Excel: the fake speaks in zero-based row/column indexes, as
 * Office's `getRangeByIndexes` does, and shows addresses the way `Range.address` does,
 * through the engine's 1-based A1 functions (the project's one A1 convention).
 */
import { cellAddress, parseCellAddress } from '../../engine';

/** A rectangle of cells, zero-based, as Excel's `getRangeByIndexes` takes it. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** A1 address of a zero-based cell (`0, 0` → `A1`). */
function zeroBasedAddress(row: number, column: number): string {
  return cellAddress(row + 1, column + 1);
}

/** `A1` or `A1:C3` of a rectangle, without sheet name. */
export function rectAddress(rect: CellRect): string {
  const first = zeroBasedAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${zeroBasedAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/** Sheet name as Excel writes it in an address: quoted unless plain letters, digits and `_`. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!A1:C3`, as `Range.address` returns it. */
export function fullAddress(sheetName: string, rect: CellRect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Zero-based row and column of `B7`-style text, or null. */
export function parseCell(text: string): { row: number; column: number } | null {
  const trimmed = text.trim();
  const parsed = CELL.test(trimmed) ? parseCellAddress(trimmed) : null;
  if (!parsed || parsed[0] < 1) return null;
  return { row: parsed[0] - 1, column: parsed[1] - 1 };
}

/** Rectangle of `A1` or `A1:C3` (a sheet prefix is not accepted), or null. */
export function parseRect(text: string): CellRect | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0] ?? '');
  const b = parts.length === 2 ? parseCell(parts[1] ?? '') : a;
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.column - b.column) + 1,
  };
}
