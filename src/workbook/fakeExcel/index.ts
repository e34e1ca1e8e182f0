/**
 * A hand-written fake of the part of the Excel JavaScript API QuotePart uses, behaving
 * like Excel where it matters for correctness and performance:
 * - proxies: properties are readable only after `load()` + `sync()` (else `PropertyNotLoaded`);
 * - writes are queued and applied in order on `sync()`; a failing action stops the batch
 *   (earlier actions stay applied, as in Excel); `isNullObject` for `…OrNullObject` methods;
 * - every sync is counted, with the request size (JSON of the queued calls, UTF-8 bytes)
 *   and response size; over the limit (default 5 MB, configurable) the sync rejects with
 *   `RequestPayloadSizeLimitExceeded` and applies nothing; `failSync` injects failures;
 * - custom document properties (`workbook.properties.custom`): keys without case, values
 *   trimmed to 255 characters as Excel does outside the web;
 * - Excel's rules: case-insensitive unique sheet and table names, forbidden characters,
 *   array shape checks, text that looks like a number becomes a number unless the cell is
 *   formatted `@`, table headers made unique, the last sheet cannot be deleted.
 *
 * Not modelled (throws or is ignored, documented where it happens): formulas and
 * recalculation (`suspendApiCalculationUntilNextSync` is only recorded), locale-dependent
 * parsing of dates and decimal commas in written text, the 5-million-cell read limit,
 * merged cells, hidden rows, table styles and totals rows, tables without headers,
 * series by rows, chart rendering, protection, events, the 1904 date system, and the
 * exact byte count of Office.js requests (ours is an estimate of the same order).
 */
export { buildFakeWorkbook, FAKE_DATE_FORMAT } from './buildFakeWorkbook';
export type { FakeCellSpec, FakeSheetSpec, FakeWorkbookSpec } from './buildFakeWorkbook';
export { createFakeExcel, installFakeExcel } from './fakeExcel';
export type { FakeExcel } from './fakeExcel';
export { FakeRichApiError } from './fakeErrors';
export type { FakeErrorCode } from './fakeErrors';
export { FakeWorkbookModel } from './model/workbookModel';
export type { FakeTableModel } from './model/workbookModel';
export type { FakeSheetModel } from './model/sheetModel';
export type { FakeExcelOptions, FakeExcelStats, FakeSyncRecord } from './runtime/fakeSession';
export { EXCEL_WEB_PAYLOAD_LIMIT } from './runtime/fakeSession';
export {
  fakeCell,
  fakeCustomProperties,
  fakeSheetNames,
  fakeTables,
  fakeValues,
  snapshotSheet,
} from './readFakeWorkbook';
export type {
  FakeCellView,
  FakeChartView,
  FakeSheetSnapshot,
  FakeTableView,
} from './readFakeWorkbook';
export { parseCell, parseRect } from './a1';
