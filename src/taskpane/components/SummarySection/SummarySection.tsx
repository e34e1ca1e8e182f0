/** Summary of a run, per service and per scenario (glue: state hook + render). */
import * as React from 'react';
import { renderSummarySection } from './renderSummarySection';
import type { SummarySectionProps } from './SummarySection.types';
import { useSummarySection } from './useSummarySection';
import { useSummarySectionStyles } from './useSummarySectionStyles.styles';
import { useSectionStyles } from '../shared/useSectionStyles.styles';

/** Shows what a run computed: cost base, Σ quote-parts and difference per service; totals per scenario. */
export function SummarySection(props: SummarySectionProps): React.ReactElement {
  const state = useSummarySection(props);
  const classes = { section: useSectionStyles(), styles: useSummarySectionStyles() };
  return renderSummarySection(state, classes);
}
