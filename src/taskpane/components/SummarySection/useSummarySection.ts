/** Logic of the run summary: the Référence lines and their explained differences. */
import * as React from 'react';
import { explainGap, isZeroDecimal } from './explainGap';
import type { SummarySectionProps, SummarySectionState } from './SummarySection.types';

/** State of the run summary. */
export function useSummarySection(props: SummarySectionProps): SummarySectionState {
  const { summary } = props;
  const first = summary.scenarios[0]?.scenario ?? summary.services[0]?.scenario ?? '';
  const services = React.useMemo(
    () => summary.services.filter((line) => line.scenario === first),
    [summary, first],
  );
  const gaps = React.useMemo(
    () =>
      services
        .filter((line) => !isZeroDecimal(line.difference))
        .map((line) => ({
          service: line.service,
          difference: line.difference,
          explanation: explainGap(line),
        })),
    [services],
  );
  return { summary, services, gaps, scenarios: summary.scenarios };
}
