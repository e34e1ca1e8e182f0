/**
 * The write plan: everything a run writes, as plain JSON-serialisable data. The engine
 * builds it; each adapter (xlsx file, Excel add-in, preview grid) applies it the same way.
 * Numbers travel as exact decimal strings and become numeric cells only in the adapter.
 */

/** Prefix of every worksheet QuotePart owns; a run replaces these sheets and no other. */
export const OWNED_SHEET_PREFIX = 'QP ';

/**
 * Display format of a column. Numeric formats carry decimal strings (`"-1234.5"`);
 * `date` carries ISO `YYYY-MM-DD`; `text` carries any string.
 */
export type ColumnFormat = 'text' | 'euro' | 'share' | 'percent' | 'number' | 'integer' | 'date';

/** Excel number format (en-US codes, displayed in the user's locale) for each column format. */
export const EXCEL_NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  euro: '#,##0.00 "€";-#,##0.00 "€"',
  share: '0.0000%',
  percent: '0.00%',
  number: '#,##0.######',
  integer: '0',
  date: 'dd/mm/yyyy',
};

/** One column of an output table. */
export interface PlanColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  /** Suggested width in characters (Excel column width). */
  readonly width: number;
}

/** A cell of an output table: string (decimal string in numeric columns) or blank. */
export type PlanCell = string | null;

/** A real Excel table written at a position (1-based row and column of its header). */
export interface PlanTable {
  readonly kind: 'table';
  /** Excel table name, unique in the workbook, e.g. `QP_QuoteParts`. */
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly (readonly PlanCell[])[];
}

/** A line of text outside any table (titles of annexes, notes). */
export interface PlanText {
  readonly kind: 'text';
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly style: 'title' | 'heading' | 'note';
}

/** A block of a sheet. */
export type PlanBlock = PlanTable | PlanText;

/** Page set-up of a printable sheet (annexes). */
export interface PlanPrint {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page (1-based, inclusive), if any. */
  readonly repeatRows?: readonly [number, number];
}

/** A native chart over columns of a table of the same sheet. */
export interface PlanChart {
  readonly title: string;
  readonly type: 'clusteredColumn' | 'clusteredBar' | 'pie';
  /** Name of the PlanTable the chart reads. */
  readonly table: string;
  /** Header of the column giving the categories. */
  readonly categoryColumn: string;
  /** Headers of the columns giving the series. */
  readonly seriesColumns: readonly string[];
  /** Top-left cell (1-based) and size in cells. */
  readonly anchor: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
}

/** One worksheet to (re)create. Its name starts with OWNED_SHEET_PREFIX. */
export interface PlanSheet {
  readonly name: string;
  readonly blocks: readonly PlanBlock[];
  /** Number of top rows frozen (header of a table starting at row 1 → 1). */
  readonly freezeRows: number;
  readonly print?: PlanPrint;
  readonly charts?: readonly PlanChart[];
}

/** Everything to write: sheets in the order they must appear after the input sheets. */
export interface WritePlan {
  readonly sheets: readonly PlanSheet[];
}
