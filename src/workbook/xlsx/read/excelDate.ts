/**
 * Excel date serials → calendar dates. The 1900 system counts 1900-01-01 as 1 and keeps
 * Lotus's fictitious 1900-02-29 (serial 60); the 1904 system (old Mac workbooks,
 * `workbookPr date1904`) counts 1904-01-01 as 0. The time of day is dropped. The one
 * implementation of date serials: the xlsx reader and writer, the Office adapter, the
 * fake Excel and the preview grid use it.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial of 9999-12-31 in the 1900 system, Excel's last date. */
const LAST_SERIAL = 2_958_465;

/** ISO `YYYY-MM-DD` of a date serial, or null when the number is no valid Excel date. */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  // The time of day does not count: 31/12/9999 18:00 is still a date Excel shows.
  let day = Math.floor(serial);
  if (day < 0 || day > LAST_SERIAL) return null;
  if (date1904) return isoOf(EPOCH_1904 + day * MS_PER_DAY);
  if (day === 0) return null;
  if (day === 60) return '1900-02-28';
  if (day < 60) day += 1;
  return isoOf(EPOCH_1900 + day * MS_PER_DAY);
}

/** Date serial of an ISO `YYYY-MM-DD` date, or null when the text is not such a date. */
export function isoDateToSerial(iso: string, date1904: boolean): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(ms)) return null;
  if (date1904) return Math.round((ms - EPOCH_1904) / MS_PER_DAY);
  const serial = Math.round((ms - EPOCH_1900) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().substring(0, 10);
}
