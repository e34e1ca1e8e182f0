/**
 * A contract table located in the raw workbook, with its headers matched (§1) and its
 * entirely empty rows dropped. Every cell read goes through `TableView.cell`, which
 * also knows the Excel address of the cell for the problem it may cause.
 */
import type { RawCell, RawTable } from './rawWorkbook';
import { normalizeName, trimText } from '../text/normalizeName';
import { cellAddress } from './cellAddress';
import { cellText, isBlankCell } from './cellText';
import type { ProblemPlace } from '../problems/problemList';

/** One data row of a table. */
export interface RowView {
  /** Row number as Excel shows it. */
  readonly excelRow: number;
  readonly cells: readonly RawCell[];
}

/** A located, header-matched table. */
export class TableView {
  /** Normalised header → column index (first occurrence). */
  private readonly columnIndex = new Map<string, number>();
  /** Headers as written, by column index. */
  readonly headers: readonly string[];
  /** Non-empty data rows. */
  readonly rows: readonly RowView[];

  constructor(
    /** Contract name of the table (`Membres`…). */
    readonly contractName: string,
    readonly raw: RawTable,
  ) {
    this.headers = raw.headers.map((h) => (h === null ? '' : trimText(cellText(h) ?? '')));
    this.headers.forEach((h, i) => {
      const key = normalizeName(h);
      if (key !== '' && !this.columnIndex.has(key)) this.columnIndex.set(key, i);
    });
    const rows: RowView[] = [];
    raw.rows.forEach((cells, i) => {
      if (cells.every((c) => isBlankCell(c))) return;
      rows.push({ excelRow: raw.rowNumbers?.[i] ?? raw.headerRow + 1 + i, cells });
    });
    this.rows = rows;
  }

  /** Column index of a header (matched ignoring case, accents, spaces), or undefined. */
  column(header: string): number | undefined {
    return this.columnIndex.get(normalizeName(header));
  }

  /** The cell of `row` under column index `col` (blank when absent). */
  cell(row: RowView, col: number | undefined): RawCell {
    return col === undefined ? null : (row.cells[col] ?? null);
  }

  /** Where a cell is, for a problem: table, row, column name, value, sheet, A1 address. */
  place(row: RowView, col: number | undefined, columnName: string): ProblemPlace {
    const value = col === undefined ? null : cellText(row.cells[col] ?? null);
    return {
      table: this.contractName,
      row: row.excelRow,
      column: columnName,
      value,
      sheet: this.raw.sheet,
      cell: cellAddress(row.excelRow, this.raw.firstColumn + (col ?? 0)),
    };
  }

  /** Where a header cell is (or the table's corner when the column is missing). */
  headerPlace(col: number | undefined, columnName: string | null): ProblemPlace {
    return {
      table: this.contractName,
      row: this.raw.headerRow,
      column: columnName,
      value: col === undefined ? null : (this.headers[col] ?? null),
      sheet: this.raw.sheet,
      cell: cellAddress(this.raw.headerRow, this.raw.firstColumn + (col ?? 0)),
    };
  }
}
