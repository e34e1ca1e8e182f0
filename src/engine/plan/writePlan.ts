/**
 * The write plan: everything a run writes. The engine builds it; each adapter (xlsx file,
 * Excel add-in, preview grid) applies it the same way. Numbers travel as exact decimal
 * strings and become numeric cells only in the adapter. The two large tables of a run
 * (quote-parts, titres: 735,000 rows at 35,000 members) are `GeneratedRows`, produced
 * row by row while the adapter writes them, so that they never sit in memory as arrays;
 * `materializePlan` turns a plan into plain, structured-cloneable data (task pane worker).
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

/** One data row of an output table. */
export type PlanRow = readonly PlanCell[];

/**
 * Rows produced on demand, in order: `count` is known up front (table ranges, progress),
 * each call of `generate()` produces every row again from the computed results.
 */
export interface GeneratedRows {
  readonly count: number;
  generate(): Iterable<PlanRow>;
}

/** The data rows of a table: an array, or rows generated when written. */
export type PlanRows = readonly PlanRow[] | GeneratedRows;

function isGenerated(rows: PlanRows): rows is GeneratedRows {
  return !Array.isArray(rows);
}

/** Number of data rows. */
export function rowCount(rows: PlanRows): number {
  return isGenerated(rows) ? rows.count : rows.length;
}

/** The data rows in order (generating them when they are generated rows). */
export function eachRow(rows: PlanRows): Iterable<PlanRow> {
  return isGenerated(rows) ? rows.generate() : rows;
}

/** The data rows as an array (generated rows are produced once, here). */
export function rowArray(rows: PlanRows): readonly PlanRow[] {
  return isGenerated(rows) ? Array.from(rows.generate()) : rows;
}

/** The same plan with every table's rows as arrays: plain data, safe to post to another thread. */
export function materializePlan(plan: WritePlan): WritePlan {
  return {
    sheets: plan.sheets.map((sheet) =>
      sheet.blocks.some((block) => block.kind === 'table' && isGenerated(block.rows))
        ? {
            ...sheet,
            blocks: sheet.blocks.map((block) =>
              block.kind === 'table' ? { ...block, rows: rowArray(block.rows) } : block,
            ),
          }
        : sheet,
    ),
  };
}

/** A real Excel table written at a position (1-based row and column of its header). */
export interface PlanTable {
  readonly kind: 'table';
  /** Excel table name, unique in the workbook, e.g. `QP_QuoteParts`. */
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly columns: readonly PlanColumn[];
  readonly rows: PlanRows;
  /**
   * When each row of the table also gives a row of an array of the `--json` document: a
   * writer that renders the rows on another thread writes that array from them there,
   * rather than being handed every row twice (src/cli/json/projectedJsonRows.ts).
   */
  readonly jsonRows?: JsonRowProjection;
}

/** A `--json` row as a projection of a table's row: each field is the value of one column. */
export interface JsonRowProjection {
  /** The document's key whose array the rows are (`titres`). */
  readonly key: string;
  /** The row's fields, in the order the JSON row has them. */
  readonly fields: readonly JsonProjectedField[];
}

/** A field of a projected `--json` row. */
export interface JsonProjectedField {
  readonly name: string;
  /** Index of the column (in the table's row) whose value the field has. */
  readonly column: number;
  /** Written as a JSON number (the column holds its decimal text), else as a JSON string. */
  readonly number: boolean;
  /** When the column holds a label: the code each label stands for, which the field has instead. */
  readonly codes?: Readonly<Record<string, string>>;
}

/** A line of text outside any table (titles of annexes, notes). */
export interface PlanText {
  readonly kind: 'text';
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly style: 'title' | 'heading' | 'note';
  /**
   * Columns the text spans from `column` (merged cells, text wrapped inside them), so that
   * a long note stays within the printed width; 1 (one cell, text overflowing) when absent.
   */
  readonly span?: number;
}

/** A block of a sheet. */
export type PlanBlock = PlanTable | PlanText;

/** Page margins in inches (Excel's unit in pageMargins). */
export interface PlanMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** Text of a running page header: plain text (adapters encode it for their host). */
export interface PlanPageHeader {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/**
 * Page set-up of a printable sheet (annexes): the engine chooses orientation, a fixed
 * scale and the column widths (`PlanSheet.columnWidths`) so that every column fits the
 * page width at that scale; adapters apply it as it is.
 */
export interface PlanPrint {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Print scale in percent (10 to 100). */
  readonly scale: number;
  readonly margins: PlanMargins;
  /** Header on every page, if any. */
  readonly header?: PlanPageHeader;
  /** Whether every page carries the footer « Page n / N » (centred). */
  readonly pageNumbers: boolean;
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
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
}

/** One worksheet to (re)create. Its name starts with OWNED_SHEET_PREFIX. */
export interface PlanSheet {
  readonly name: string;
  readonly blocks: readonly PlanBlock[];
  /** Number of top rows frozen (header of a table starting at row 1 → 1). */
  readonly freezeRows: number;
  readonly print?: PlanPrint;
  readonly charts?: readonly PlanChart[];
  /**
   * Width in characters of each sheet column from column 1 (0: host default), replacing
   * the widest declared width of the tables when present (printable sheets).
   */
  readonly columnWidths?: readonly number[];
  /** Heights in points of the rows (1-based) whose wrapped text needs more than one line. */
  readonly rowHeights?: readonly (readonly [row: number, points: number])[];
  /** Whether every cell wraps its text and is aligned at the top (printable sheets). */
  readonly wrapText?: boolean;
}

/** Everything to write: sheets in the order they must appear after the input sheets. */
export interface WritePlan {
  readonly sheets: readonly PlanSheet[];
}
