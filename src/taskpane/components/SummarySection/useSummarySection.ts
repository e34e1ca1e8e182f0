/** Logic of the run summary: which scenario's services are shown. */
import * as React from 'react';
import type { SummarySectionProps, SummarySectionState } from './SummarySection.types';

/** State of the run summary. */
export function useSummarySection(props: SummarySectionProps): SummarySectionState {
  const { summary } = props;
  const scenarioNames = React.useMemo(() => {
    const names = [
      ...summary.scenarios.map((line) => line.scenario),
      ...summary.services.map((line) => line.scenario),
    ];
    return [...new Set(names)];
  }, [summary]);
  const [chosen, selectScenario] = React.useState<string | null>(null);
  const selectedScenario =
    chosen !== null && scenarioNames.includes(chosen) ? chosen : (scenarioNames[0] ?? '');
  const services = React.useMemo(
    () => summary.services.filter((line) => line.scenario === selectedScenario),
    [summary, selectedScenario],
  );
  return {
    summary,
    scenarioNames,
    selectedScenario,
    selectScenario,
    services,
    scenarios: summary.scenarios,
  };
}
