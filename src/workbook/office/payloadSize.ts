/**
 * Estimated size of the cell values a request sends, as Office.js serialises them
 * (JSON, UTF-8). Computed row by row so a block can be cut at the right row without
 * serialising it.
 */

/** A value written into a cell. */
export type ExcelCellValue = string | number | boolean;

/** UTF-8 bytes of a JSON string literal (quotes and escapes included). */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** JSON bytes of one cell value. */
export function cellBytes(value: ExcelCellValue): number {
  if (typeof value === 'string') return jsonStringBytes(value);
  if (typeof value === 'number') return String(value).length;
  return value ? 4 : 5;
}

/** JSON bytes of one row (`[a,b,c]` plus the comma that separates it from the next). */
export function rowBytes(row: readonly ExcelCellValue[]): number {
  let bytes = 3 + Math.max(0, row.length - 1);
  for (const value of row) bytes += cellBytes(value);
  return bytes;
}
