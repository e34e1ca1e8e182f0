/**
 * A1-style addresses for the fake Excel: the fake speaks in zero-based row/column indexes
 * internally and shows addresses the way Excel's `Range.address` does.
 */

/** A rectangle of cells, zero-based, as Excel's `getRangeByIndexes` takes it. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Column letters of a zero-based column index (0 → `A`, 26 → `AA`). */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of a zero-based cell (`0, 0` → `A1`). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** `A1` or `A1:C3` of a rectangle, without sheet name. */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
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
  const match = CELL.exec(text.trim());
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1) return null;
  return { row: row - 1, column: column - 1 };
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
