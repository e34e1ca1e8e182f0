/** Text form of any raw cell, for messages (the `value` field of a problem). */
import type { RawCell } from './rawWorkbook';

/** What the user sees in the cell, as text; null for a blank cell. */
export function cellText(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') return cell.length > 200 ? `${cell.slice(0, 200)}…` : cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  if (cell.kind === 'date') return cell.iso;
  return cell.code;
}

/** Whether a cell is blank (empty, or text made only of spaces). */
export function isBlankCell(cell: RawCell | undefined): boolean {
  return (
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && /^[\s\u00a0\u202f]*$/.test(cell))
  );
}

/** Whether a cell holds an Excel error value. */
export function isErrorCell(cell: RawCell | undefined): cell is { kind: 'error'; code: string } {
  return typeof cell === 'object' && cell !== null && cell.kind === 'error';
}
