/**
 * Dates at the Excel edge (1900 date system, as Excel for Windows, Mac since 2011 and the
 * web use): a date cell is a day serial shown through a date number format.
 */

import { serialToIsoDate } from '../xlsx/read/excelDate';

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

/** ISO date of a serial (time of day dropped; Lotus's 1900-02-29 read as 1900-02-28), or null: the xlsx reader's rule. */
export function serialToIso(serial: number): string | null {
  return serialToIsoDate(serial, false);
}

/** Whether a number format code shows a date: the same rule as the xlsx reader. */
export { isDateFormatCode as isDateNumberFormat } from '../xlsx/read/dateFormats';
