/**
 * What an adapter (xlsx file, Excel add-in, in-memory) hands to the engine: the cells of
 * the workbook's tables exactly as found, before any interpretation. Keeping this
 * untyped-at-the-edge form lets every adapter share one parser and one set of
 * problems, so the same workbook gives the same messages in Excel and in the CLI.
 */

/** A calendar date read from a real date cell (no time zone, no time of day). */
export interface RawDate {
  readonly kind: 'date';
  /** ISO calendar date, `YYYY-MM-DD`. */
  readonly iso: string;
}

/** A cell holding an Excel error value (`#N/A`, `#DIV/0!`, `#REF!`…). */
export interface RawError {
  readonly kind: 'error';
  /** The error text as Excel shows it; `#FORMULE` for a formula with no computed value. */
  readonly code: string;
}

/**
 * One cell's content. Numbers are the binary values stored by the spreadsheet (they are
 * turned into exact decimals by the engine, as the shortest decimal that round-trips);
 * `null` is an empty cell.
 */
export type RawCell = null | string | number | boolean | RawDate | RawError;

/** One input table: an Excel table (ListObject) or a plain sheet whose first row holds headers. */
export interface RawTable {
  /** Table name (ListObject) or worksheet name, as written in the workbook. */
  readonly name: string;
  /** Worksheet that holds the table. */
  readonly sheet: string;
  /** Where it came from: a real Excel table or a plain worksheet. */
  readonly source: 'table' | 'sheet';
  /** Excel row number (1-based) of the header row. */
  readonly headerRow: number;
  /** Excel column number (1-based) of the table's first column. */
  readonly firstColumn: number;
  /** Header cells, left to right. */
  readonly headers: readonly RawCell[];
  /** Data rows, top to bottom; each row has at most `headers.length` cells (missing = blank). */
  readonly rows: readonly (readonly RawCell[])[];
  /**
   * Excel row number of each data row. Optional: defaults to `headerRow + 1 + index`
   * (give it when the adapter skipped rows, e.g. a sheet with gaps).
   */
  readonly rowNumbers?: readonly number[];
}

/** Everything the engine needs from a workbook. */
export interface RawWorkbook {
  /** Every Excel table of the workbook, then every worksheet read as a plain sheet. */
  readonly tables: readonly RawTable[];
  /** Names of all worksheets, in workbook order. */
  readonly sheetNames: readonly string[];
  /** Problems the adapter met while reading (merged cells, unreadable parts…). */
  readonly readProblems?: readonly import('../problems/problem').Problem[];
}

/** Convenience constructor for a date cell. */
export function rawDate(iso: string): RawDate {
  return { kind: 'date', iso };
}

/** Convenience constructor for an error cell. */
export function rawError(code: string): RawError {
  return { kind: 'error', code };
}
