/**
 * "Calculer": runs the engine on the workbook as it is now, shows a spinner meanwhile, then
 * the verdict (computed, with warnings, or refused with the count of errors).
 */
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { RunOutcome } from '../../../engine';
import type { StepState } from '../QuotePartPane/QuotePartPane.types';
import { useSectionStyles } from '../shared/useSectionStyles.styles';
import { runMessage } from './runMessage';

/** Props of `ComputeSection`. */
export type ComputeSectionProps = {
  /** The run step. */
  readonly run: StepState<RunOutcome>;
  /** True while a step runs: "Calculer" is then disabled. */
  readonly busy: boolean;
  /** Starts a run. */
  readonly onCompute: () => void;
};

/** Renders the Calculer button, its progress and its verdict. */
export function ComputeSection(props: ComputeSectionProps): React.ReactElement {
  const section = useSectionStyles();
  const { run } = props;
  const message = run.status === 'done' ? runMessage(run.value) : null;
  return (
    <section
      className={section.section}
      aria-labelledby="qp-compute-title"
      aria-busy={run.status === 'working'}
    >
      <Text as="h2" size={400} weight="semibold" id="qp-compute-title" className={section.heading}>
        Calcul
      </Text>
      <div className={section.actions}>
        <Button appearance="primary" onClick={props.onCompute} disabled={props.busy}>
          Calculer
        </Button>
      </div>
      {run.status === 'working' && (
        <Spinner size="small" label="Calcul des quote-parts en cours…" />
      )}
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle> {message.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {run.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{run.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
