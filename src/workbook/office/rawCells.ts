/**
 * Excel cell → engine RawCell, from what Office.js returns for a range: the value, its
 * value type and its number format (a date is a number shown through a date format).
 */
import { rawDate, rawError, type RawCell } from '../../engine';
import { isDateNumberFormat, serialToIso } from './excelDates';

/** The RawCell of one cell (`''` and `Empty` are blank). */
export function rawCellOf(
  value: unknown,
  valueType: string | undefined,
  numberFormat: unknown,
): RawCell {
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (valueType === 'Error') return rawError(String(value));
  if (typeof value === 'number') {
    if (typeof numberFormat === 'string' && isDateNumberFormat(numberFormat)) {
      const iso = serialToIso(value);
      if (iso !== null) return rawDate(iso);
    }
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}
