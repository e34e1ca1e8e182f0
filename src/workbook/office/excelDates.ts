/**
 * Dates at the Excel edge (1900 date system, as Excel for Windows, Mac since 2011 and the
 * web use): a date cell is a day serial shown through a date number format.
 */

import { isoDateToSerial, serialToIsoDate } from '../xlsx/read/excelDate';

/** First serial written: 1900-03-01, after Lotus's fictitious 1900-02-29. */
const FIRST_SERIAL = 61;

/** Serial of an ISO `YYYY-MM-DD` date from 1900-03-01 on, or null when not such a date. */
export function isoToSerial(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const serial = isoDateToSerial(iso, false);
  // A date that does not exist (2026-02-30) does not come back the same.
  if (serial === null || serial < FIRST_SERIAL || serialToIsoDate(serial, false) !== iso)
    return null;
  return serial;
}

/** ISO date of a serial (time of day dropped; Lotus's 1900-02-29 read as 1900-02-28), or null: the xlsx reader's rule. */
export function serialToIso(serial: number): string | null {
  return serialToIsoDate(serial, false);
}

/** Whether a number format code shows a date: the same rule as the xlsx reader. */
export { isDateFormatCode as isDateNumberFormat } from '../xlsx/read/dateFormats';
