/**
 * One worksheet of the fake workbook: a sparse grid of values (row-major, only rows that
 * hold something), formats as layers of rectangles (the last layer wins, as when formats
 * are applied one after the other), column widths, row heights, merged areas, frozen
 * rows and the page set-up.
 */
import type { CellRect } from '../a1';
import type { FakeCellValue } from './cellValue';

/** Default Excel column width in points (64 px at 100 % zoom). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Number format of a cell that was never formatted. */
export const GENERAL = 'General';

/** A format applied to a rectangle; the later layer wins where they overlap. */
export interface StyleLayer {
  readonly rect: CellRect;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly wrapText?: boolean;
  readonly verticalAlignment?: string;
}

/** Page set-up of a sheet (`Excel.PageLayout`), as far as it was set. */
export interface FakePageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { scale?: number };
  margins: Record<string, number>;
  headerFooter: Record<string, string>;
  /** Rows repeated on every page, zero-based first and last. */
  titleRows?: { readonly first: number; readonly last: number };
}

/** A chart placed on a sheet; its ranges point at sheets by object, so renames keep them. */
export interface FakeChartModel {
  readonly id: string;
  name: string;
  type: string;
  title: string;
  series: FakeSeriesModel[];
  /** Top-left and bottom-right cells of the chart's placement, zero-based. */
  position: {
    readonly from: { row: number; column: number };
    readonly to: { row: number; column: number } | null;
  };
}

/** One series of a chart. */
export interface FakeSeriesModel {
  name: string;
  values: RangeRef | null;
  xValues: RangeRef | null;
}

/** A rectangle of a given sheet. */
export interface RangeRef {
  readonly sheet: FakeSheetModel;
  readonly rect: CellRect;
}

function covers(rect: CellRect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

/** A worksheet's content. */
export class FakeSheetModel {
  readonly id: string;
  name: string;
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points by zero-based row (rows never set have the default height). */
  readonly rowHeights = new Map<number, number>();
  /** Merged areas. */
  readonly merges: CellRect[] = [];
  readonly pageLayout: FakePageLayoutModel = { margins: {}, headerFooter: {} };
  readonly charts: FakeChartModel[] = [];
  private readonly rows = new Map<number, FakeCellValue[]>();
  private readonly layers: StyleLayer[] = [];

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  /** Stored value of a cell, undefined when empty. */
  valueAt(row: number, column: number): FakeCellValue | undefined {
    return this.rows.get(row)?.[column];
  }

  /** Stores a value; `''` empties the cell. */
  setValue(row: number, column: number, value: FakeCellValue | ''): void {
    let cells = this.rows.get(row);
    if (value === '') {
      if (cells) delete cells[column];
      return;
    }
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
    }
    cells[column] = value;
  }

  /** Adds a format layer over a rectangle. */
  addLayer(layer: StyleLayer): void {
    this.layers.push(layer);
  }

  /** Number format of a cell (`General` when never set). */
  numberFormatAt(row: number, column: number): string {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (layer?.numberFormat !== undefined && covers(layer.rect, row, column))
        return layer.numberFormat;
    }
    return GENERAL;
  }

  /** Whether a cell's font is bold. */
  boldAt(row: number, column: number): boolean {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (layer?.bold !== undefined && covers(layer.rect, row, column)) return layer.bold;
    }
    return false;
  }

  /** A layer property of a cell (the last layer that sets it), or `fallback`. */
  layerValueAt<K extends 'wrapText' | 'verticalAlignment'>(
    row: number,
    column: number,
    key: K,
    fallback: NonNullable<StyleLayer[K]>,
  ): NonNullable<StyleLayer[K]> {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const value = this.layers[i]?.[key];
      if (value !== undefined && covers((this.layers[i] as StyleLayer).rect, row, column))
        return value as NonNullable<StyleLayer[K]>;
    }
    return fallback;
  }

  /** Width of a column in points. */
  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Smallest rectangle holding every value (and, unless `valuesOnly`, every format); null when blank. */
  usedRect(valuesOnly: boolean): CellRect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, cells] of this.rows) {
      let any = false;
      cells.forEach((_value, column) => {
        any = true;
        left = Math.min(left, column);
        right = Math.max(right, column);
      });
      if (any) {
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
      }
    }
    if (!valuesOnly) {
      for (const { rect } of this.layers) {
        top = Math.min(top, rect.row);
        left = Math.min(left, rect.column);
        bottom = Math.max(bottom, rect.row + rect.rowCount - 1);
        right = Math.max(right, rect.column + rect.columnCount - 1);
      }
    }
    if (bottom < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}
