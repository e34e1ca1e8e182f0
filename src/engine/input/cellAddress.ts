/**
 * A1 addresses, 1-based (row 1, column 1 = `A1`), the one implementation of the project:
 * column letters ⇄ numbers, `B3` ⇄ (row, column), `A1:D10` ⇄ range, so that every
 * problem names and selects its cell and every adapter writes and reads the same
 * addresses. Tolerates `$` anchors and lower case when parsing.
 */

/** A rectangular cell range, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column letters of a 1-based column number (1 → A, 28 → AB). */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = (n - 1 - rest) / 26;
  }
  return out;
}

/** A1 address of a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return columnLetters(column) + String(row);
}

/** Parses `B3` / `$B$3`; returns [row, column] (0 for a missing part), or null when malformed. */
export function parseCellAddress(ref: string): [number, number] | null {
  let column = 0;
  let row = 0;
  let i = 0;
  const length = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < length; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (column === 0 && row === 0) return null;
  return [row, column];
}

/** Parses `A1:D10` (or a single cell `A1`) into a range, or null when malformed. */
export function parseRange(ref: string): CellRange | null {
  const [first, second] = ref.trim().split(':');
  const start = parseCellAddress(first ?? '');
  const end = parseCellAddress(second ?? first ?? '');
  if (!start || !end || start[0] === 0 || start[1] === 0 || end[0] === 0 || end[1] === 0)
    return null;
  return {
    top: Math.min(start[0], end[0]),
    left: Math.min(start[1], end[1]),
    bottom: Math.max(start[0], end[0]),
    right: Math.max(start[1], end[1]),
  };
}

/** `A1:D10` text of a range. */
export function formatRange(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}
