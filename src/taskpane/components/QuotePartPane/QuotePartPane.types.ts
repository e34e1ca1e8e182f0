/**
 * Props and state of the task pane's main component: the flow inventory → (set-up) →
 * Calculer → summary and problems → Écrire les résultats.
 */
import type { Problem, RunOutcome, WorkbookInventory } from '../../../engine';
import type { InputTablesOutcome, WriteProgress, WriteReport } from '../../../workbook/office/hostOperations';

/** Props of `QuotePartPane`. Its services come from `PaneServicesProvider`. */
export type QuotePartPaneProps = {
  /** Extra class name on the root element. Default: none. */
  readonly className?: string;
};

/** An asynchronous step: not started, under way, finished with a value, or failed. */
export type StepState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

/** The write step also reports progress while under way. */
export type WriteState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly progress: WriteProgress | null }
  | { readonly status: 'done'; readonly value: WriteReport }
  | { readonly status: 'failed'; readonly message: string };

/** Everything `renderQuotePartPane` displays, and the actions its buttons call. */
export type QuotePartPaneState = {
  readonly className?: string;
  /** What was found in the workbook (read when the pane opens, and again on Calculer). */
  readonly inventory: StepState<WorkbookInventory>;
  /** Creation of the empty tables or of the sample. */
  readonly setup: StepState<InputTablesOutcome>;
  /** The last run of the engine. */
  readonly run: StepState<RunOutcome>;
  /** Writing the last run's plan. */
  readonly write: WriteState;
  /** Message of the last failed cell selection, if any. */
  readonly selectionError: string | null;
  /** True while any step is under way (buttons that start a step are then disabled). */
  readonly busy: boolean;
  readonly refresh: () => void;
  readonly createTemplate: () => void;
  readonly loadSample: () => void;
  readonly compute: () => void;
  readonly writeResults: () => void;
  readonly showProblem: (problem: Problem) => void;
};
