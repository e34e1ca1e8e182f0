/**
 * The verdict of the last "Calculer" (computed, with warnings, or refused with the count
 * of errors), right under the pane's header; focusable, so that focus lands on it after
 * a run. The button itself is in the header.
 */
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RunOutcome } from '../../../engine';
import type { StepState } from '../QuotePartPane/QuotePartPane.types';
import { useSectionStyles } from '../shared/useSectionStyles.styles';
import { runMessage } from './runMessage';

/** Props of `ComputeSection`. */
export type ComputeSectionProps = {
  /** The run step. */
  readonly run: StepState<RunOutcome>;
};

/** Renders the verdict of the run, or nothing before the first run. */
export function ComputeSection(props: ComputeSectionProps): React.ReactElement | null {
  const section = useSectionStyles();
  const { run } = props;
  if (run.status === 'done') {
    const message = runMessage(run.value);
    return (
      <div className={section.message}>
        <MessageBar intent={message.intent} layout="multiline" id="qp-verdict" tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle> {message.text}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (run.status === 'failed')
    return (
      <div className={section.message}>
        <MessageBar intent="error" layout="multiline" id="qp-verdict" tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>Calcul impossible</MessageBarTitle> {run.message}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  return null;
}
