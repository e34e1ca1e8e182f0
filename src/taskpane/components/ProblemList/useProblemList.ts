/** Logic of the problems list: ordering (errors first) and paging. */
import * as React from 'react';
import type { ProblemListProps, ProblemListState } from './ProblemList.types';

const DEFAULT_PAGE_SIZE = 50;

/** State of the problems list. */
export function useProblemList(props: ProblemListProps): ProblemListState {
  const pageSize = props.pageSize ?? DEFAULT_PAGE_SIZE;
  const [visible, setVisible] = React.useState(pageSize);
  const ordered = React.useMemo(
    () => [
      ...props.problems.filter((p) => p.severity === 'error'),
      ...props.problems.filter((p) => p.severity === 'warning'),
    ],
    [props.problems],
  );
  const errors = ordered.filter((p) => p.severity === 'error').length;
  return {
    shown: ordered.slice(0, visible),
    total: ordered.length,
    errors,
    warnings: ordered.length - errors,
    hidden: Math.max(0, ordered.length - visible),
    showMore: () => setVisible((count) => count + pageSize),
    onShowProblem: props.onShowProblem,
    selectionError: props.selectionError ?? null,
  };
}
