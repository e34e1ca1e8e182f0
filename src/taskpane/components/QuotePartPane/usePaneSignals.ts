/**
 * What the pane tells the user after each step: the sentence of the live region (screen
 * readers) and the element focus moves to (the result, or the first problem).
 */
import * as React from 'react';
import type { FocusTarget, QuotePartPaneState } from './QuotePartPane.types';

/** The live region's sentence and the focus request, with how to change them. */
export type PaneSignals = {
  readonly announcement: string;
  readonly focus: QuotePartPaneState['focus'];
  /** Replaces the live region's sentence. */
  readonly announce: (text: string) => void;
  /** Asks for focus on `target` (a new request each time, even for the same target). */
  readonly focusOn: (target: FocusTarget) => void;
};

/** State of the live region and of the focus requests. */
export function usePaneSignals(): PaneSignals {
  const [announcement, announce] = React.useState('');
  const [focus, setFocus] = React.useState<QuotePartPaneState['focus']>(null);
  const focusOn = React.useCallback(
    (target: FocusTarget) =>
      setFocus((previous) => ({ target, request: (previous?.request ?? 0) + 1 })),
    [],
  );
  return { announcement, focus, announce, focusOn };
}
