/** "Voir la cellule" of a problem: selects its cell in the workbook, or says why it cannot. */
import * as React from 'react';
import type { Problem } from '../../../engine';
import type { PaneServices } from '../../services/paneServices';
import { describeError } from './describeError';
import { useStableCallback } from './useStableCallback';

/** The last selection's error and how to show a problem (stable identity). */
export type ProblemSelection = {
  readonly selectionError: string | null;
  readonly clearSelectionError: () => void;
  readonly showProblem: (problem: Problem) => void;
};

/** State of the problem selection. */
export function useProblemSelection(
  services: PaneServices,
  announce: (text: string) => void,
): ProblemSelection {
  const [selectionError, setSelectionError] = React.useState<string | null>(null);
  const showProblem = async (problem: Problem) => {
    if (!problem.sheet || !problem.cell) return;
    setSelectionError(null);
    try {
      await services.host.selectCell(problem.sheet, problem.cell);
      services.onProblemShown?.(problem);
    } catch (error) {
      const message = describeError(
        `Impossible de sélectionner la cellule ${problem.sheet}!${problem.cell}`,
        error,
      );
      setSelectionError(message);
      announce(message);
    }
  };
  const clearSelectionError = React.useCallback(() => setSelectionError(null), []);
  return {
    selectionError,
    clearSelectionError,
    showProblem: useStableCallback((problem: Problem) => void showProblem(problem)),
  };
}
