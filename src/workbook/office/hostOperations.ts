/**
 * What the task pane may ask of the workbook it runs in. The task pane codes against this
 * type only (never against Office.js), so the same pane runs in Excel, in the browser
 * preview on the fake Excel, and in component tests with a hand-made stub.
 */
import type { RawDate, RawWorkbook } from '../../engine';
import type { StreamedPlan } from './streamedPlan';

/** Figures of one `applyPlan`, for the run journal and the benchmarks. */
export interface WriteReport {
  /** Number of `context.sync()` round trips made by the write (reads included). */
  readonly syncs: number;
  /** Largest estimated request payload sent in one sync, in bytes (UTF-8 JSON). */
  readonly largestRequestBytes: number;
  /** Number of value blocks written (a block is a run of rows of one table). */
  readonly blocks: number;
  /** Names of the old `QP` sheets the write replaced (deleted), in workbook order. */
  readonly replaced: readonly string[];
}

/** Progress of a write, reported after each sync so the pane can show a bar. */
export interface WriteProgress {
  /** What is happening, in French (`Écriture de « QP Quote-parts »…`). */
  readonly step: string;
  /** Data rows written so far, all tables together. */
  readonly rowsWritten: number;
  /** Data rows to write in total. */
  readonly rowsTotal: number;
}

/** A cell of an input table written by `writeInputTables` (dates become date cells). */
export type InputCell = string | number | boolean | null | RawDate;

/** One input table to write: the Excel table `name` on a sheet of the same name. */
export interface InputTableData {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly InputCell[])[];
}

/**
 * Outcome of creating input tables: `created` lists the sheets added; `refused` means
 * nothing was written because the workbook already holds some of those tables or sheets.
 */
export type InputTablesOutcome =
  | { readonly status: 'created'; readonly sheets: readonly string[] }
  | { readonly status: 'refused'; readonly message: string; readonly existing: readonly string[] };

/** Options of `applyPlan`. */
export interface ApplyPlanOptions {
  /**
   * Which old `QP` sheets the plan replaces. `all` (default): every one, as a full run's
   * plan does. `plan-sheets`: only those the plan names (the per-member annex written after
   * the results), the other `QP` sheets are kept.
   */
  readonly replace?: 'all' | 'plan-sheets';
}

/** The operations the task pane needs from its host workbook. */
export interface HostOperations {
  /** Reads every table and every plain sheet of the workbook, for the engine. */
  readWorkbook(): Promise<RawWorkbook>;
  /**
   * Writes a plan: all-or-nothing (new sheets are built under temporary names and swapped
   * in at the end; on failure the workbook is left as it was and the promise rejects). The
   * rows of streamed tables are fetched, written and let go chunk by chunk.
   */
  applyPlan(
    plan: StreamedPlan,
    onProgress?: (progress: WriteProgress) => void,
    options?: ApplyPlanOptions,
  ): Promise<WriteReport>;
  /** Shows a cell to the user (activates its sheet and selects it); `address` is A1 style. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Adds the contract's empty input tables, one per sheet; refuses if any already exists. */
  createInputTemplate(): Promise<InputTablesOutcome>;
  /** Adds the given input tables (e.g. the sample), one per sheet; refuses if any already exists. */
  writeInputTables(tables: readonly InputTableData[]): Promise<InputTablesOutcome>;
  /** Name of the open workbook (file name), for the run journal. */
  documentName(): Promise<string>;
}
