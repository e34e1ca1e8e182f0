/**
 * Estimated size of the cell values a request sends, as Office.js serialises them
 * (JSON, UTF-8). Computed row by row so a block can be cut at the right row without
 * serialising it.
 */

/** A value written into a cell. */
export type ExcelCellValue = string | number | boolean;

const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x22, 0x5c]);

/** UTF-8 bytes of a JSON string literal as `JSON.stringify` writes it (quotes and escapes included). */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x80 && code !== 0x22 && code !== 0x5c) bytes += 1;
    else if (code < 0x80) bytes += SHORT_ESCAPES.has(code) ? 2 : 6;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
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
