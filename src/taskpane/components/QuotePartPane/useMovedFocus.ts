/**
 * Moves keyboard focus to the result of the step that just ended, so that keyboard and
 * screen-reader users land on it instead of `<body>`: the verdict of a run, the first
 * problem, the outcome of a write or of the set-up. Each target is an element with a
 * known id (see `FOCUS_IDS`); messages are made focusable with `tabIndex={-1}`.
 */
import * as React from 'react';
import type { FocusTarget, QuotePartPaneState } from './QuotePartPane.types';

/** Id of the element each target focuses. */
export const FOCUS_IDS: Readonly<Record<FocusTarget, string>> = {
  verdict: 'qp-verdict',
  'first-problem': 'qp-first-problem',
  'write-result': 'qp-write-result',
  'setup-result': 'qp-setup-result',
};

/** Focuses the requested element once React has rendered it. */
export function useMovedFocus(focus: QuotePartPaneState['focus']): void {
  React.useEffect(() => {
    if (!focus) return;
    const element =
      document.getElementById(FOCUS_IDS[focus.target]) ??
      (focus.target === 'first-problem' ? document.getElementById(FOCUS_IDS.verdict) : null);
    element?.focus();
  }, [focus]);
}
