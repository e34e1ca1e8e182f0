/**
 * Plan cells → Excel cell values, at the very edge: decimal strings become numbers (Excel
 * cells are doubles), ISO dates become serials, text stays text. A cell that cannot be
 * converted is a bug in the plan: it is reported before anything is written.
 */
import type { ColumnFormat, PlanCell } from '../../engine';
import { isoToSerial } from './excelDates';
import type { ExcelCellValue } from './payloadSize';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Excel value of a plan cell in a column of `format`; null when the cell is not valid for it. */
export function excelValueOf(cell: PlanCell, format: ColumnFormat): ExcelCellValue | null {
  if (cell === null) return '';
  if (format === 'text') return cell;
  if (format === 'date') return isoToSerial(cell);
  if (!DECIMAL.test(cell)) return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character + 5 px). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
