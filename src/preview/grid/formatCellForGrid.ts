/**
 * How the preview grid shows a cell: roughly what Excel in French shows for the cell's
 * value and number format (amounts in euros, percentages, dates, decimal commas). Display
 * only: cells are doubles in Excel too, so the grid may use number formatting.
 */
import type { FakeCellView } from '../../workbook/fakeExcel';
import { serialToIsoDate } from '../../workbook/xlsx/read/excelDate';

/** Decimals of a number format: zeros (and #) after its decimal point. */
function formatDecimals(numberFormat: string): { min: number; max: number } {
  const section = numberFormat.split(';')[0] ?? '';
  const match = /\.([0#]+)/.exec(section);
  if (!match?.[1]) return { min: 0, max: 0 };
  return { min: (match[1].match(/0/g) ?? []).length, max: match[1].length };
}

/** `dd/mm/yyyy` of an Excel date serial (nearest day; the serial itself when it is no date). */
function serialToDate(serial: number): string {
  const iso = serialToIsoDate(Math.round(serial), false);
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : String(serial);
}

/** A number in French with the given decimals. */
function frenchNumber(
  value: number,
  decimals: { min: number; max: number },
  grouping: boolean,
): string {
  return value.toLocaleString('fr-FR', {
    minimumFractionDigits: decimals.min,
    maximumFractionDigits: decimals.max,
    useGrouping: grouping,
  });
}

/** The text shown in the grid for a cell. */
export function formatCellForGrid(cell: Pick<FakeCellView, 'value' | 'numberFormat'>): string {
  const { value, numberFormat } = cell;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (typeof value === 'string') return value;
  if (numberFormat === '@') return String(value);
  const format = numberFormat.toLowerCase();
  if (/(^|[^"])(d{1,2}|yy)/.test(format) && !format.includes('0')) return serialToDate(value);
  if (format.includes('%'))
    return `${frenchNumber(value * 100, formatDecimals(numberFormat), true)}\u00a0%`;
  if (format.includes('€'))
    return `${frenchNumber(value, formatDecimals(numberFormat), true)}\u00a0€`;
  if (format === 'general') return frenchNumber(value, { min: 0, max: 10 }, false);
  return frenchNumber(value, formatDecimals(numberFormat), format.includes(','));
}
