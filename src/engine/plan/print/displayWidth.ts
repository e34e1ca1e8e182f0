/**
 * How many characters a plan cell takes once displayed with its column's number format
 * (French display: digit groups, comma, « € », « % »). The print layout uses it to give
 * numeric columns, which never wrap, the width their longest value needs.
 */
import type { ColumnFormat, PlanCell } from '../writePlan';

const DECIMAL = /^-?(\d*)(?:\.(\d*))?$/;

function groupedDigits(integerDigits: number): number {
  const digits = Math.max(1, integerDigits);
  return digits + Math.floor((digits - 1) / 3);
}

/** Length of the integer part of a non-negative decimal string multiplied by 10^shift. */
function integerDigits(whole: string, fraction: string, shift: number): number {
  const digits = (whole + fraction.slice(0, shift).padEnd(shift, '0')).replace(/^0+/, '');
  return digits.length;
}

/** Displayed characters of `cell` in a column of `format` (0 for a blank cell). */
export function displayWidth(cell: PlanCell, format: ColumnFormat): number {
  if (cell === null || cell === '') return 0;
  if (format === 'text') return cell.length;
  if (format === 'date') return 10;
  const match = DECIMAL.exec(cell);
  if (match === null) return cell.length;
  const sign = cell.startsWith('-') ? 1 : 0;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  switch (format) {
    case 'euro':
      return sign + groupedDigits(integerDigits(whole, '', 0)) + 5;
    case 'share':
      return sign + Math.max(1, integerDigits(whole, fraction, 2)) + 7;
    case 'percent':
      return sign + Math.max(1, integerDigits(whole, fraction, 2)) + 5;
    case 'integer':
      return sign + Math.max(1, integerDigits(whole, '', 0));
    case 'number': {
      const decimals = Math.min(6, fraction.replace(/0+$/, '').length);
      return sign + groupedDigits(integerDigits(whole, '', 0)) + (decimals > 0 ? decimals + 1 : 0);
    }
  }
}
