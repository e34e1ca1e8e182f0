/** The QuotePart task pane (glue: state hook + focus + styles + render). */
import * as React from 'react';
import type { QuotePartPaneProps } from './QuotePartPane.types';
import { renderQuotePartPane } from './renderQuotePartPane';
import { useMovedFocus } from './useMovedFocus';
import { useQuotePartPane } from './useQuotePartPane';
import { useQuotePartPaneStyles } from './useQuotePartPaneStyles.styles';

/**
 * The whole task pane: the state of the workbook and the action of the moment (Calculer,
 * Écrire les résultats), set-up of a blank workbook, the verdict, problems, summary and
 * scenario chart, the per-member annex and the downloads (titres, report), what was found.
 * Its services come from `PaneServicesProvider`.
 */
export function QuotePartPane(props: QuotePartPaneProps): React.ReactElement {
  const state = useQuotePartPane(props);
  useMovedFocus(state.focus);
  return renderQuotePartPane(state, useQuotePartPaneStyles());
}
