/** The problems of a run (glue: state hook + styles + render). */
import * as React from 'react';
import { useSectionStyles } from '../shared/useSectionStyles.styles';
import type { ProblemListProps } from './ProblemList.types';
import { renderProblemList } from './renderProblemList';
import { useProblemList } from './useProblemList';
import { useProblemListStyles } from './useProblemListStyles.styles';

/** Lists errors then warnings, each next to its value, with a button that selects its cell. */
export function ProblemList(props: ProblemListProps): React.ReactElement {
  const state = useProblemList(props);
  return renderProblemList(state, { section: useSectionStyles(), styles: useProblemListStyles() });
}
