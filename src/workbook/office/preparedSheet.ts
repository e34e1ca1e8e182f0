/**
 * The shapes a write works from, computed and checked before the first write by
 * preparePlan.ts: sheets, their tables, texts and charts, in zero-based positions.
 */
import type { PlanPrint } from '../../engine';
import type { SizedRows } from './blockSplitter';
import type { ChartTypeName } from './excelLike';

/** An output table ready to write (zero-based position of its header's first cell). */
export interface PreparedTable {
  readonly name: string;
  readonly temporaryName: string;
  readonly row: number;
  readonly column: number;
  readonly headers: readonly string[];
  readonly numberFormats: readonly string[];
  /** Number of data rows. */
  readonly rowCount: number;
  /**
   * The data rows converted for Excel with their `rowBytes`: one chunk when the plan gave
   * them whole (converted and checked here, before any write), else converted and checked
   * chunk by chunk as they arrive (a bad cell then fails the write before the swap).
   */
  chunks(): AsyncIterable<SizedRows>;
}

/** A line of text (zero-based cell). */
export interface PreparedText {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly bold: boolean;
}

/** A chart over columns of a prepared table (zero-based column offsets within the table). */
export interface PreparedChart {
  readonly title: string;
  readonly type: ChartTypeName;
  readonly table: PreparedTable;
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly rowCount: number;
    readonly columnCount: number;
  };
}

/** A sheet ready to write. */
export interface PreparedSheet {
  readonly name: string;
  readonly temporaryName: string;
  readonly texts: readonly PreparedText[];
  readonly tables: readonly PreparedTable[];
  readonly charts: readonly PreparedChart[];
  readonly freezeRows: number;
  /** Column width in points by zero-based column (the plan's sheet widths, else the widest declared width). */
  readonly columnWidths: ReadonlyMap<number, number>;
  /** Row heights in points by zero-based row. */
  readonly rowHeights: readonly (readonly [number, number])[];
  /** Text lines merged across columns (zero-based). */
  readonly merges: readonly {
    readonly row: number;
    readonly column: number;
    readonly columnCount: number;
  }[];
  /** Whether every used cell wraps its text, aligned at the top; `used` is the used size. */
  readonly wrapText: boolean;
  readonly used: { readonly rowCount: number; readonly columnCount: number };
  /** Page set-up, applied where the host has ExcelApi 1.9. */
  readonly print: PlanPrint | null;
}
