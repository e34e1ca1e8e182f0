/**
 * The engine as the task pane sees it: the two entry points of `src/engine`, made
 * asynchronous so that they can run in a Web Worker (the pane stays responsive on large
 * workbooks) and so that tests can inject fakes.
 */
import type { RawWorkbook, RunOptions, RunOutcome, WorkbookInventory } from '../../engine';

/** Engine entry points used by the task pane. */
export type EngineOperations = {
  /** What the workbook contains (tables found, counts, exercice): the "what was found" panel. */
  readonly inspectWorkbook: (workbook: RawWorkbook) => Promise<WorkbookInventory>;
  /** Validates and computes; `status: 'invalid'` means nothing may be written. */
  readonly runQuotePart: (workbook: RawWorkbook, options: RunOptions) => Promise<RunOutcome>;
};
