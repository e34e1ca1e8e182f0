/** The QuotePart task pane (glue: state hook + styles + render). */
import * as React from 'react';
import type { QuotePartPaneProps } from './QuotePartPane.types';
import { renderQuotePartPane } from './renderQuotePartPane';
import { useQuotePartPane } from './useQuotePartPane';
import { useQuotePartPaneStyles } from './useQuotePartPaneStyles.styles';

/**
 * The whole task pane: what was found, set-up of a blank workbook, Calculer, summary,
 * problems, Écrire les résultats, the per-member annex and the downloads (titres, report).
 * Its services come from `PaneServicesProvider`.
 */
export function QuotePartPane(props: QuotePartPaneProps): React.ReactElement {
  const state = useQuotePartPane(props);
  return renderQuotePartPane(state, useQuotePartPaneStyles());
}
