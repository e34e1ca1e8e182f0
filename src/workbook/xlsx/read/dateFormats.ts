/**
 * Which number formats display dates. Excel stores dates as plain numbers; only the cell's
 * format says "this is a date". Built-in ids 14–22 and 45–47 are date/time formats; a
 * custom code is a date format when, outside quoted text, brackets and escapes, it holds
 * d, m or y (and is not pure text `@`).
 */

const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a number format code displays a date. */
export function isDateFormatCode(code: string): boolean {
  // Only the first section (positive numbers) decides.
  let stripped = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i] as string;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end + 1;
    } else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      i = end < 0 ? code.length : end + 1;
    } else if (c === '\\' || c === '_' || c === '*') {
      i += 2;
    } else if (c === ';') {
      break;
    } else {
      stripped += c;
      i++;
    }
  }
  if (stripped.includes('@')) return false;
  return /[dmy]/i.test(stripped.replace(/general/gi, ''));
}

/** Whether a number format (built-in id, or custom code when given) displays a date. */
export function isDateFormat(numFmtId: number, customCode: string | undefined): boolean {
  if (customCode !== undefined) return isDateFormatCode(customCode);
  return BUILT_IN_DATE_IDS.has(numFmtId);
}
