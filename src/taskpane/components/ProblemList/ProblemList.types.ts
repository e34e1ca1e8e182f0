/**
 * Props and state of the problems list: every error and warning of a run, each with where
 * it is and a button that selects the offending cell.
 */
import type { Problem } from '../../../engine';

/** Props of `ProblemList`. */
export type ProblemListProps = {
  /** Problems of the run, in the engine's order. */
  readonly problems: readonly Problem[];
  /** Selects a problem's cell in the workbook. */
  readonly onShowProblem: (problem: Problem) => void;
  /** Message of the last failed selection, shown above the list. Default: none. */
  readonly selectionError?: string | null;
  /** Problems shown before "Afficher plus". Default: 50. */
  readonly pageSize?: number;
};

/** What `renderProblemList` displays. */
export type ProblemListState = {
  /** Errors first, then warnings, each in the engine's order. */
  readonly shown: readonly Problem[];
  readonly total: number;
  readonly errors: number;
  readonly warnings: number;
  /** Problems not shown yet. */
  readonly hidden: number;
  readonly showMore: () => void;
  readonly onShowProblem: (problem: Problem) => void;
  readonly selectionError: string | null;
};
