/**
 * Props and state of the task pane's main component: the flow inventory → (set-up) →
 * Calculer → summary and problems → Écrire les résultats → annexe par membre, exports.
 */
import type { Problem, RunOutcome, WorkbookInventory } from '../../../engine';
import type {
  InputTablesOutcome,
  WriteProgress,
  WriteReport,
} from '../../../workbook/office/hostOperations';

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

/** What a write of the results did. */
export type WrittenResults = {
  readonly report: WriteReport;
  /** Member whose annex (`QP Annexe membre`) was written again with the new results, or null. */
  readonly annexMember: string | null;
};

/**
 * The write step also reports progress while under way; `stale` means the write was
 * refused because the input tables changed since the compute (`tables`: which ones).
 */
export type WriteState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly progress: WriteProgress | null }
  | { readonly status: 'done'; readonly value: WrittenResults }
  | { readonly status: 'stale'; readonly tables: readonly string[] }
  | { readonly status: 'failed'; readonly message: string };

/** Where focus goes after a step, so that keyboard and screen-reader users land on its result. */
export type FocusTarget = 'verdict' | 'first-problem' | 'write-result' | 'setup-result';

/** Writing the per-member annex (`QP Annexe membre`) of the chosen member. */
export type MemberAnnexState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly member: string }
  | { readonly status: 'done'; readonly member: string; readonly value: WriteReport }
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
  /** Members of the last valid run a per-member annex can be written for (none otherwise). */
  readonly members: readonly string[];
  /** Member chosen for the per-member annex (and the report), one of the run's members; none at first. */
  readonly member: string | null;
  /** Writing the chosen member's annex. */
  readonly memberAnnex: MemberAnnexState;
  /** Message of the last failed cell selection, if any. */
  readonly selectionError: string | null;
  /** True while any step is under way (buttons that start a step are then disabled). */
  readonly busy: boolean;
  /** The last state change in one French sentence, for the live region (screen readers). */
  readonly announcement: string;
  /** Input tables changed since the run, seen by a re-read (null: none seen). */
  readonly changedSince: readonly string[] | null;
  /** Where focus must go after the last step, with a counter that changes at each request. */
  readonly focus: { readonly target: FocusTarget; readonly request: number } | null;
  readonly refresh: () => void;
  readonly createTemplate: () => void;
  readonly loadSample: () => void;
  readonly compute: () => void;
  readonly writeResults: () => void;
  /** Computes again, then writes when the new run is valid (after a refused stale write). */
  readonly recomputeAndWrite: () => void;
  readonly selectMember: (member: string | null) => void;
  /** Periods of the run's titres, in calendar order (the period selector's choices). */
  readonly periods: readonly string[];
  /** Period whose titres alone are written and exported, or null: the whole year (default). */
  readonly period: string | null;
  readonly selectPeriod: (period: string | null) => void;
  /** The run the titres export uses: the latest run, or its run restricted to `period`. */
  readonly titresOutcome: () => Promise<RunOutcome>;
  readonly writeMemberAnnex: () => void;
  readonly showProblem: (problem: Problem) => void;
};
