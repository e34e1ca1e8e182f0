/**
 * Props and state of the run summary: per service (cost base, Σ quote-parts, difference,
 * each non-zero difference explained), the same in every scenario since a scenario only
 * changes how a service is shared among members; and per scenario (total, members losing).
 */
import type { RunSummary, ScenarioSummary, ServiceSummary } from '../../../engine';
import type { useSectionStyles } from '../shared/useSectionStyles.styles';
import type { useSummarySectionStyles } from './useSummarySectionStyles.styles';

/** Props of `SummarySection`. */
export type SummarySectionProps = {
  /** Summary of a valid run. */
  readonly summary: RunSummary;
};

/** A non-zero difference and why it is there. */
export type ServiceGap = {
  readonly service: string;
  readonly difference: string;
  readonly explanation: string;
};

/** What `renderSummarySection` displays. */
export type SummarySectionState = {
  readonly summary: RunSummary;
  /** Service lines of the first scenario (Référence). */
  readonly services: readonly ServiceSummary[];
  /** The non-zero differences of those lines, explained. */
  readonly gaps: readonly ServiceGap[];
  readonly scenarios: readonly ScenarioSummary[];
};

/** Class names used by `renderSummarySection` (computed by the style hooks). */
export type SummarySectionClasses = {
  readonly section: ReturnType<typeof useSectionStyles>;
  readonly styles: ReturnType<typeof useSummarySectionStyles>;
};
