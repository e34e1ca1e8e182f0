/**
 * Dates at the Excel edge (1900 date system, as Excel for Windows, Mac since 2011 and the
 * web use): a date cell is a day serial shown through a date number format.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const LAST_SERIAL = 2_958_465;

/** Serial of an ISO `YYYY-MM-DD` date from 1900-03-01 on, or null when not such a date. */
export function isoToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return null;
  const serial = Math.round((ms - EPOCH) / MS_PER_DAY);
  return serial >= 61 && serial <= LAST_SERIAL ? serial : null;
}

/** ISO date of a serial (time of day dropped; Lotus's 1900-02-29 read as 1900-02-28), or null. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  // The time of day does not count: 31/12/9999 18:00 is still a date Excel shows.
  let day = Math.floor(serial);
  if (day < 1 || day > LAST_SERIAL) return null;
  if (day < 60) day += 1;
  return new Date(EPOCH + day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Whether a number format code shows a date: outside quoted text, brackets and escapes,
 * its first section holds d, m or y (`General` and text `@` are not dates).
 */
export function isDateNumberFormat(code: string): boolean {
  let kept = '';
  for (let i = 0; i < code.length; i++) {
    const c = code.charAt(i);
    if (c === ';') break;
    if (c === '"') i = code.indexOf('"', i + 1) < 0 ? code.length : code.indexOf('"', i + 1);
    else if (c === '[') i = code.indexOf(']', i + 1) < 0 ? code.length : code.indexOf(']', i + 1);
    else if (c === '\\' || c === '_' || c === '*') i++;
    else kept += c;
  }
  if (kept.includes('@')) return false;
  return /[dmy]/i.test(kept.replace(/general/gi, ''));
}
