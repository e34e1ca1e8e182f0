/**
 * Excel date serials (1900 date system) for the fake's workbook builder: a date cell is
 * a number of days since 1899-12-30 with a date number format, as in a real workbook.
 */

/** Serial number of an ISO `YYYY-MM-DD` date (dates from 1900-03-01 on). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(
    (Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000,
  );
}
