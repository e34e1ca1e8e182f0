/**
 * Everything the task pane needs from outside React: the host workbook operations, the
 * engine, and a few facts about where it runs. Injected (never imported) so that the same
 * components run in Excel, in the browser preview and in tests with fakes.
 */
import type { Problem } from '../../engine';
import type { HostOperations, InputTableData } from '../../workbook/office/hostOperations';
import type { EngineOperations } from '../engine/engineOperations';
import type { DownloadFile } from './downloadFile';

/** Services of the task pane. */
export type PaneServices = {
  /** Operations on the workbook the pane runs in (Office.js, or the fake Excel of the preview). */
  readonly host: HostOperations;
  /** The engine (in a worker in production). */
  readonly engine: EngineOperations;
  /** Where the pane runs, recorded in the run journal. */
  readonly hostKind: 'excel' | 'preview';
  /** QuotePart version, recorded in the run journal. */
  readonly version: string;
  /** Loads the sample workbook's input tables (lazily: they are not in the initial bundle). */
  readonly loadSample: () => Promise<readonly InputTableData[]>;
  /** The clock (injected so that tests control the run date). Default: `new Date()`. */
  readonly now?: () => Date;
  /**
   * Called when the user asks to see a problem's cell, after `host.selectCell`. Excel needs
   * nothing more; the preview uses it to explain the problem next to the highlighted cell.
   */
  readonly onProblemShown?: (problem: Problem) => void;
  /** Saves a produced file (titres CSV, report) to the user's downloads. Default: `downloadWithLink`. */
  readonly download?: DownloadFile;
  /**
   * Calls `onChange` when the workbook may have changed (Excel's change events, the
   * preview's edits); returns how to stop. The pane then reads the workbook again to
   * refresh what it shows and to tell whether the last run's results are stale.
   * Default: none (the check before each write still refuses stale results).
   */
  readonly watchWorkbook?: (onChange: () => void) => () => void;
  /** Office theme of the host (Excel's light, dark or colourful theme). Default: light. */
  readonly theme?: 'light' | 'dark';
  /**
   * Calls `onChange` when the Office theme turns light or dark while the pane is open;
   * returns how to stop. Default: none (the pane keeps the theme it opened with).
   */
  readonly watchTheme?: (onChange: (theme: 'light' | 'dark') => void) => () => void;
};
