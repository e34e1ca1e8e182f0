/**
 * CSV formula injection (OWASP, "CSV Injection"): a spreadsheet that opens the export runs
 * a field beginning with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as
 * a formula — a member named `=HYPERLINK(…)` or `@SUM(…)` in `Membres` would become one in
 * the finance officer's Excel. OWASP's remedy: prefix such a field with a single quote, so
 * it reads as text. Only text fields: a negative amount stays a number.
 */

/** First characters that make a spreadsheet read a CSV field as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether `value` would be read as a formula. */
export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/** `value` made inert: prefixed with `'` when it starts like a formula, else unchanged. */
export function neutraliseFormula(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}
