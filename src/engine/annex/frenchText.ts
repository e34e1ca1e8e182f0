/**
 * French text of the decimal strings held in `RunDetails` and annex tables: amounts,
 * rates, shares and quantities, for notes and `Calcul` columns, and for the HTML report's
 * cells (displayed as Excel's formats of `EXCEL_NUMBER_FORMATS` show them).
 */
import { parseDecimal, formatFixed, formatExact } from '../numbers/decimalText';
import { frenchNumber } from '../numbers/formatMoney';
import { frenchDate } from '../dates/calendar';
import type { ColumnFormat, PlanCell } from '../plan/writePlan';

const NBSP = '\u00a0';

/** `1 234,50 €` of a money decimal string: its own decimals, at least 2 (as Excel's euro format shows it). */
export function frMoney(decimal: string): string {
  const dot = decimal.indexOf('.');
  const places = dot < 0 ? 0 : decimal.length - dot - 1;
  const padded =
    places >= 2 ? decimal : `${dot < 0 ? `${decimal}.` : decimal}${'0'.repeat(2 - places)}`;
  return `${frenchNumber(padded)}${NBSP}€`;
}

/** `3 %` of a rate decimal string (`"0.03"`), exact. */
export function frRate(decimal: string): string {
  const v = parseDecimal(decimal);
  return v ? `${frenchNumber(formatExact({ n: v.n * 100n, d: v.d }))}${NBSP}%` : decimal;
}

/** `48,6273 %` of a share decimal string, with `places` decimals (half away from zero). */
export function frShare(decimal: string, places = 4): string {
  const v = parseDecimal(decimal);
  return v ? `${frenchNumber(formatFixed({ n: v.n * 100n, d: v.d }, places))}${NBSP}%` : decimal;
}

/** `2 779,25` of a quantity or exact decimal string. */
export function frNumber(decimal: string): string {
  return frenchNumber(decimal);
}

/** `≈ 62 147,150685` when the value is rounded for display, else the exact number. */
export function frApprox(decimal: string, exact: boolean): string {
  return exact ? frNumber(decimal) : `≈${NBSP}${frNumber(decimal)}`;
}

/** `= 12,5` for an exact value, `≈ 12,345679` for one rounded for display (after a formula). */
export function frEquals(decimal: string, exact: boolean): string {
  return `${exact ? '=' : '≈'}${NBSP}${frNumber(decimal)}`;
}

/** Up to 6 decimals, trailing zeros dropped (Excel's `#,##0.######`). */
function upToSix(decimal: string): string {
  const v = parseDecimal(decimal);
  if (!v) return decimal;
  const fixed = formatFixed(v, 6);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A cell as Excel displays it with the column's format (French locale), for the HTML report. */
export function displayCell(cell: PlanCell, format: ColumnFormat): string {
  if (cell === null) return '';
  switch (format) {
    case 'euro':
      return frMoney(cell);
    case 'share':
      return frShare(cell, 4);
    case 'percent':
      return frShare(cell, 2);
    case 'number':
      return frenchNumber(upToSix(cell));
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) ? frenchDate(cell) : cell;
    default:
      return cell;
  }
}
