/**
 * Settings and counters shared by every `Excel.run` on one fake workbook: the payload
 * limit, failure injection, and what each sync sent and received.
 */
import type { FakeWorkbookModel } from '../model/workbookModel';

/** Limits and failure injection of a fake Excel. */
export interface FakeExcelOptions {
  /** Largest request payload accepted by one sync, in bytes (Excel on the web: 5 MB). */
  readonly requestLimitBytes?: number;
  /** Largest response payload returned by one sync, in bytes (Excel on the web: 5 MB). */
  readonly responseLimitBytes?: number;
  /**
   * Makes a sync reject with `GeneralException` before applying anything: called with
   * the 1-based number of the sync since the fake was created (or the counters reset).
   */
  readonly failSync?: (syncNumber: number) => boolean;
  /**
   * Makes an action fail with `GeneralException` in the middle of a batch: called with the
   * sync number and the 0-based index of the action; earlier actions stay applied, as when
   * Excel meets an error half-way through a request.
   */
  readonly failAction?: (syncNumber: number, actionIndex: number) => boolean;
}

/** What one sync carried. */
export interface FakeSyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Whether the sync changed cells, formats, sheets, tables or charts. */
  readonly wrote: boolean;
  /** Whether `suspendApiCalculationUntilNextSync()` was queued in this sync. */
  readonly calculationSuspended: boolean;
  /** How the sync ended. */
  readonly outcome: 'ok' | 'rejected' | 'failed';
}

/** Counters of the fake, readable by tests and benchmarks. */
export interface FakeExcelStats {
  readonly syncs: number;
  /** Largest request Excel accepted (refused ones left out). */
  readonly largestRequestBytes: number;
  /** Largest response returned by a successful sync. */
  readonly largestResponseBytes: number;
  readonly records: readonly FakeSyncRecord[];
}

/** Excel on the web's request and response limit. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The fake workbook plus its options and counters. */
export class FakeSession {
  readonly model: FakeWorkbookModel;
  options: FakeExcelOptions;
  private recordsList: FakeSyncRecord[] = [];

  constructor(model: FakeWorkbookModel, options: FakeExcelOptions = {}) {
    this.model = model;
    this.options = options;
  }

  /** Records one sync and returns its 1-based number. */
  record(entry: FakeSyncRecord): number {
    this.recordsList.push(entry);
    return this.recordsList.length;
  }

  /** Number the next sync will have. */
  nextSyncNumber(): number {
    return this.recordsList.length + 1;
  }

  /** Counters since creation or the last reset. */
  stats(): FakeExcelStats {
    const sent = this.recordsList.filter((r) => r.outcome !== 'rejected');
    const answered = this.recordsList.filter((r) => r.outcome === 'ok');
    return {
      syncs: this.recordsList.length,
      largestRequestBytes: Math.max(0, ...sent.map((r) => r.requestBytes)),
      largestResponseBytes: Math.max(0, ...answered.map((r) => r.responseBytes)),
      records: [...this.recordsList],
    };
  }

  /** Clears the counters (not the workbook). */
  resetStats(): void {
    this.recordsList = [];
  }
}
