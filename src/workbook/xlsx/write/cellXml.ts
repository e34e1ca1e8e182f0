/**
 * One output cell as SpreadsheetML. Numeric formats become real numeric cells (the exact
 * decimal string turned into the nearest double only here, at the edge), dates become
 * date serials of the workbook's date system, text becomes an inline string.
 */
import type { ColumnFormat } from '../../../engine/plan/writePlan';
import { isoDateToSerial } from '../read/excelDate';
import { encodeXmlText } from '../xml/xmlText';

/** Excel's limit on the characters of one cell; longer text makes Excel repair the file. */
export const MAX_CELL_CHARS = 32_767;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** An inline-string cell. */
export function textCellXml(ref: string, style: number, text: string): string {
  const clipped = text.length > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text;
  const escaped = encodeXmlText(clipped);
  const space = /^\s|\s$|\n/.test(clipped) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

/** The `<v>` text of a decimal string as Excel's double (shortest round-trip form), or null when it is no number. */
export function numberText(decimal: string): string | null {
  if (!DECIMAL.test(decimal)) return null;
  const value = Number(decimal);
  if (!Number.isFinite(value)) return null;
  return String(Object.is(value, -0) ? 0 : value);
}

/** The XML of a plan cell in a column of the given format; `''` for a blank cell. */
export function planCellXml(ref: string, style: number, format: ColumnFormat, value: string | null, date1904: boolean): string {
  if (value === null) return '';
  if (format === 'text') return textCellXml(ref, style, value);
  if (format === 'date') {
    const serial = isoDateToSerial(value, date1904);
    return serial === null ? textCellXml(ref, style, value) : `<c r="${ref}" s="${style}"><v>${serial}</v></c>`;
  }
  const number = numberText(value);
  return number === null ? textCellXml(ref, style, value) : `<c r="${ref}" s="${style}"><v>${number}</v></c>`;
}
