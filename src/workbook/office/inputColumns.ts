/**
 * How input table data (the sample, the template) is written: each column gets one
 * number format when its cells agree (all dates → date format, all text → text `@`, so
 * Excel does not reinterpret "1 234,50" or a SIRET); a column mixing kinds gets a format
 * per cell (text `@` for strings, `General` otherwise) and its dates as ISO text, which
 * the contract accepts.
 */
import { EXCEL_NUMBER_FORMATS } from '../../engine';
import { isoToSerial } from './excelDates';
import type { InputCell, InputTableData } from './hostOperations';
import { OfficeHostError } from './officeHostError';
import type { ExcelCellValue } from './payloadSize';

/** One number format for the column, or one per data row. */
export type ColumnFormats = string | readonly string[];

/** A table converted for Excel. */
export interface ConvertedInputTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly formats: readonly (ColumnFormats | null)[];
  readonly rows: readonly (readonly ExcelCellValue[])[];
}

type Kind = 'date' | 'text' | 'other';

function kindOf(cell: InputCell): Kind | null {
  if (cell === null) return null;
  if (typeof cell === 'object') return 'date';
  return typeof cell === 'string' ? 'text' : 'other';
}

function serial(iso: string, table: string): number {
  const value = isoToSerial(iso);
  if (value === null)
    throw new OfficeHostError(`Date invalide « ${iso} » dans le tableau « ${table} ».`);
  return value;
}

/** Converts one input table (dates to serials or ISO text, per-column formats). */
export function convertInputTable(table: InputTableData): ConvertedInputTable {
  const width = table.headers.length;
  const kinds = Array.from(
    { length: width },
    (_, c) =>
      new Set(table.rows.map((row) => kindOf(row[c] ?? null)).filter((k): k is Kind => k !== null)),
  );
  const formats = kinds.map((set, c): ColumnFormats | null => {
    if (set.size === 0) return null;
    if (set.size === 1 && set.has('date')) return EXCEL_NUMBER_FORMATS.date;
    if (set.size === 1 && set.has('text')) return '@';
    if (set.size === 1) return null;
    return table.rows.map((row) => (kindOf(row[c] ?? null) === 'other' ? 'General' : '@'));
  });
  const rows = table.rows.map((row) =>
    Array.from({ length: width }, (_, c): ExcelCellValue => {
      const cell = row[c] ?? null;
      if (cell === null) return '';
      if (typeof cell !== 'object') return cell;
      return formats[c] === EXCEL_NUMBER_FORMATS.date ? serial(cell.iso, table.name) : cell.iso;
    }),
  );
  return { name: table.name, headers: table.headers, formats, rows };
}
