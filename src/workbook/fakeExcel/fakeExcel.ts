/**
 * The fake `Excel` namespace: `Excel.run(batch)` over a fake workbook, plus
 * `installFakeExcel` to make code written for Excel (which uses the global `Excel`) run
 * unchanged in tests and in the browser preview.
 */
import { FakeRequestContext } from './api/fakeWorkbook';
import type { FakeWorkbookModel } from './model/workbookModel';
import { FakeSession, type FakeExcelOptions, type FakeExcelStats } from './runtime/fakeSession';
import { FakeRequestContextCore } from './runtime/requestContext';

/** A fake Excel bound to one workbook. */
export interface FakeExcel {
  /** As `Excel.run`: runs a batch with a new request context, syncs what is left, then closes it. */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  /** The workbook behind the fake. */
  readonly model: FakeWorkbookModel;
  /** Sync counters since creation or the last `resetStats()`. */
  stats(): FakeExcelStats;
  resetStats(): void;
  /** Changes limits or failure injection for the next syncs. */
  configure(options: FakeExcelOptions): void;
}

/** Creates a fake Excel over a workbook model. */
export function createFakeExcel(
  model: FakeWorkbookModel,
  options: FakeExcelOptions = {},
): FakeExcel {
  const session = new FakeSession(model, options);
  return {
    model,
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const core = new FakeRequestContextCore(session);
      try {
        const result = await batch(new FakeRequestContext(core));
        if (core.hasPending()) await core.sync();
        return result;
      } finally {
        core.close();
      }
    },
    stats: () => session.stats(),
    resetStats: () => session.resetStats(),
    configure(next: FakeExcelOptions) {
      session.options = next;
    },
  };
}

/**
 * Sets `target.Excel` to a fake Excel over `model` (e.g. `installFakeExcel(window, model)`
 * in the browser preview, `installFakeExcel(globalThis, model)` in a test) and returns it.
 */
export function installFakeExcel(
  target: object,
  model: FakeWorkbookModel,
  options: FakeExcelOptions = {},
): FakeExcel {
  const excel = createFakeExcel(model, options);
  (target as { Excel?: unknown }).Excel = excel;
  return excel;
}
