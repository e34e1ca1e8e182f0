/**
 * Props and state of the run summary: per service (cost base, Σ quote-parts, difference)
 * for one scenario at a time, and per scenario (total, members paying more).
 */
import type { RunSummary, ScenarioSummary, ServiceSummary } from '../../../engine';
import type { useSectionStyles } from '../shared/useSectionStyles.styles';
import type { useSummarySectionStyles } from './useSummarySectionStyles.styles';

/** Props of `SummarySection`. */
export type SummarySectionProps = {
  /** Summary of a run (valid or not: an invalid run may still summarise nothing). */
  readonly summary: RunSummary;
};

/** What `renderSummarySection` displays. */
export type SummarySectionState = {
  readonly summary: RunSummary;
  /** Scenario names in the engine's order (Référence first). */
  readonly scenarioNames: readonly string[];
  /** Scenario whose services are shown. Default: the first one. */
  readonly selectedScenario: string;
  readonly selectScenario: (scenario: string) => void;
  /** Service lines of the selected scenario. */
  readonly services: readonly ServiceSummary[];
  readonly scenarios: readonly ScenarioSummary[];
};

/** Class names used by `renderSummarySection` (computed by the style hooks). */
export type SummarySectionClasses = {
  readonly section: ReturnType<typeof useSectionStyles>;
  readonly styles: ReturnType<typeof useSummarySectionStyles>;
};
