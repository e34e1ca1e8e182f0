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

/** The write step also reports progress while under way. */
export type WriteState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly progress: WriteProgress | null }
  | { readonly status: 'done'; readonly value: WriteReport }
  | { readonly status: 'failed'; readonly message: string };

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
  readonly refresh: () => void;
  readonly createTemplate: () => void;
  readonly loadSample: () => void;
  readonly compute: () => void;
  readonly writeResults: () => void;
  readonly selectMember: (member: string | null) => void;
  readonly writeMemberAnnex: () => void;
  readonly showProblem: (problem: Problem) => void;
};
