/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), without time zones: day numbers for
 * the presence fraction (§3.2) and the installment periods (§4.2).
 */

/** Whether `year` is a leap year (Gregorian). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Number of days of the budget year. */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Day number (days since 1970-01-01) of a valid calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Day number of an ISO date. */
export function isoDayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayNumber(y ?? 1970, m ?? 1, d ?? 1);
}

/** ISO text of a valid date, or null when year/month/day do not form one. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `JJ/MM/AAAA` of an ISO date, as a French reader expects it. */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * `JJ/MM/AAAA à HH:MM UTC` of an ISO timestamp (`2026-12-02T00:50:06.288Z`), for the
 * journal and the report's footer; a text that is not such a timestamp is kept as is.
 */
export function frenchDateTime(iso: string): string {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      iso,
    );
  if (!m) return iso;
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  if (m[4] === undefined) return date;
  const zone = m[6] === undefined ? '' : m[6] === 'Z' ? ' UTC' : ` (UTC${m[6]})`;
  return `${date} à ${m[4]}:${m[5]}${zone}`;
}
