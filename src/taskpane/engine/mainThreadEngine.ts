/**
 * The engine run on the page's own thread: loaded on first use (its own chunk, not in the
 * initial task-pane JavaScript) and called after a short yield so that the spinner paints
 * before a long computation blocks the page. Used when Web Workers are unavailable.
 */
import type { RawWorkbook, RunOptions, RunOutcome, WorkbookInventory } from '../../engine';
import type { EngineOperations } from './engineOperations';

/** The synchronous engine entry points, as `src/engine/index.ts` exports them. */
export type EngineFunctions = {
  readonly inspectWorkbook: (workbook: RawWorkbook) => WorkbookInventory;
  readonly runQuotePart: (workbook: RawWorkbook, options: RunOptions) => RunOutcome;
};

/** Lets the browser paint (spinner, disabled buttons) before the engine takes the thread. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Engine operations that load `src/engine` lazily and run it on the current thread. */
export function createMainThreadEngine(load: () => Promise<EngineFunctions> = () => import('../../engine')): EngineOperations {
  return {
    inspectWorkbook: async (workbook) => {
      const engine = await load();
      return engine.inspectWorkbook(workbook);
    },
    runQuotePart: async (workbook, options) => {
      const engine = await load();
      await nextPaint();
      return engine.runQuotePart(workbook, options);
    },
  };
}
