/**
 * The part of the Excel JavaScript API the Office adapter uses, as structural types.
 * The real `Excel` namespace and the fake Excel both satisfy `ExcelLike` (checked by a
 * type test), so the adapter is written once and runs on either. ExcelApi 1.7 at most,
 * except `WorksheetLike.pageLayout` (1.9), used only when the host supports it.
 */

/** Property list for `load()`. */
export type LoadNames = string | string[];

/** `Excel.RangeValueType` as text. */
export type ValueTypeName = string;

/** `Excel.Range` subset. */
export interface RangeLike {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  /** A 2-D array matching the range (Excel also accepts one value for every cell). */
  values: unknown[][];
  readonly valueTypes: ValueTypeName[][];
  /** A 2-D array, or one format string applied to every cell of the range. */
  numberFormat: unknown[][] | string;
  readonly format: RangeFormatLike;
  /** Merges the range into one cell (ExcelApi 1.2). */
  merge(across?: boolean): void;
  select(): void;
  load(names: LoadNames): RangeLike;
}

/** `Excel.RangeFormat` subset. */
export interface RangeFormatLike {
  /** Width of every column of the range, in points. */
  columnWidth: number;
  /** Height of every row of the range, in points. */
  rowHeight: number;
  wrapText: boolean;
  /** `Top`, `Center`, `Bottom`… */
  verticalAlignment: string;
  readonly font: { bold: boolean };
  autofitColumns(): void;
}

/** `Excel.Table` subset. */
export interface TableLike {
  readonly id: string;
  name: string;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly worksheet: WorksheetLike;
  getRange(): RangeLike;
  getHeaderRowRange(): RangeLike;
  getDataBodyRange(): RangeLike;
  load(names: LoadNames): TableLike;
}

/** `Excel.TableCollection` subset. */
export interface TableCollectionLike {
  readonly items: TableLike[];
  add(address: RangeLike | string, hasHeaders: boolean): TableLike;
  getItem(key: string): TableLike;
  getItemOrNullObject(key: string): TableLike;
  load(names: LoadNames): TableCollectionLike;
}

/** `Excel.ChartSeries` subset (ExcelApi 1.7 for the setters). */
export interface ChartSeriesLike {
  name: string;
  setValues(sourceData: RangeLike): void;
  setXAxisValues(sourceData: RangeLike): void;
}

/** `Excel.ChartSeriesCollection` subset. */
export interface ChartSeriesCollectionLike {
  add(name?: string, index?: number): ChartSeriesLike;
  getItemAt(index: number): ChartSeriesLike;
}

/** Chart types the adapter creates. */
export type ChartTypeName = 'ColumnClustered' | 'BarClustered' | 'Pie';

/** `Excel.Chart` subset. */
export interface ChartLike {
  name: string;
  readonly title: { text: string };
  readonly series: ChartSeriesCollectionLike;
  setPosition(startCell: RangeLike | string, endCell?: RangeLike | string): void;
}

/** `Excel.ChartCollection` subset. */
export interface ChartCollectionLike {
  add(
    type: ChartTypeName,
    sourceData: RangeLike,
    seriesBy?: 'Auto' | 'Columns' | 'Rows',
  ): ChartLike;
}

/** `Excel.HeaderFooter` subset: header and footer sections with Excel's `&P`/`&N` codes. */
export interface HeaderFooterLike {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  centerFooter: string;
}

/** `Excel.PageLayout` subset (ExcelApi 1.9); margins in points. */
export interface PageLayoutLike {
  /** `Portrait` or `Landscape`. */
  orientation: string;
  /** `A4`… */
  paperSize: string;
  zoom: { scale?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  readonly headersFooters: { readonly defaultForAllPages: HeaderFooterLike };
  setPrintTitleRows(rows: RangeLike | string): void;
}

/** `Excel.Worksheet` subset. */
export interface WorksheetLike {
  readonly id: string;
  name: string;
  position: number;
  readonly isNullObject: boolean;
  readonly tables: TableCollectionLike;
  readonly charts: ChartCollectionLike;
  readonly freezePanes: { freezeRows(count?: number): void };
  /** Page set-up (ExcelApi 1.9): absent from hosts and fakes that lack it. */
  readonly pageLayout?: PageLayoutLike;
  getRange(address?: string): RangeLike;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  activate(): void;
  delete(): void;
  load(names: LoadNames): WorksheetLike;
}

/** `Excel.WorksheetCollection` subset. */
export interface WorksheetCollectionLike {
  readonly items: WorksheetLike[];
  add(name?: string): WorksheetLike;
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  getActiveWorksheet(): WorksheetLike;
  load(names: LoadNames): WorksheetCollectionLike;
}

/** `Excel.CustomProperty` subset (ExcelApi 1.7). */
export interface CustomPropertyLike {
  /** Key, compared without case by Excel. */
  readonly key: string;
  /** Value; text for the properties QuotePart writes. */
  readonly value: unknown;
  delete(): void;
}

/** `Excel.CustomPropertyCollection` subset (ExcelApi 1.7). */
export interface CustomPropertyCollectionLike {
  readonly items: CustomPropertyLike[];
  /** Creates a new property or sets an existing one. */
  add(key: string, value: string): CustomPropertyLike;
  getItem(key: string): CustomPropertyLike;
  load(names: LoadNames): CustomPropertyCollectionLike;
}

/** `Excel.DocumentProperties` subset (ExcelApi 1.7). */
export interface DocumentPropertiesLike {
  readonly custom: CustomPropertyCollectionLike;
}

/** `Excel.Workbook` subset. */
export interface WorkbookLike {
  /** File name of the workbook (ExcelApi 1.7). */
  readonly name: string;
  /** Document properties: the custom ones hold the owned-sheets record (ExcelApi 1.7). */
  readonly properties: DocumentPropertiesLike;
  readonly worksheets: WorksheetCollectionLike;
  readonly tables: TableCollectionLike;
  load(names: LoadNames): WorkbookLike;
}

/** `Excel.RequestContext` subset. */
export interface RequestContextLike {
  readonly workbook: WorkbookLike;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<unknown>;
}

/** The `Excel` namespace subset: `Excel.run`. */
export interface ExcelLike {
  run<T>(batch: (context: RequestContextLike) => Promise<T>): Promise<T>;
}
