/**
 * CSV quoting of RFC 4180: a field holding the separator, a double quote, CR or LF is
 * enclosed in double quotes, its double quotes doubled; any other field is written as is.
 */

/** One field, quoted when needed for `separator`. */
export function csvField(value: string, separator: string): string {
  const needsQuotes =
    value.includes(separator) ||
    value.includes('"') ||
    value.includes('\r') ||
    value.includes('\n');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record: fields quoted and joined by `separator`, ended by CRLF (RFC 4180). */
export function csvRecord(values: readonly string[], separator: string): string {
  return `${values.map((v) => csvField(v, separator)).join(separator)}\r\n`;
}
