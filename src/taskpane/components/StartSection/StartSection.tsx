/**
 * Start in a blank workbook: create the contract's empty input tables with the right
 * headers, or the sample workbook, and say what was done (or why nothing was); once the
 * tables exist, say so and what to do next.
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
import { frenchTypography } from '../../format/frenchTypography';
import type { InputTablesOutcome } from '../../../workbook/office/hostOperations';
import type { StepState } from '../QuotePartPane/QuotePartPane.types';
import { useSectionStyles } from '../shared/useSectionStyles.styles';

/** Props of `StartSection`. */
export type StartSectionProps = {
  /** The set-up step. */
  readonly setup: StepState<InputTablesOutcome>;
  /** True while the workbook holds no table of QuotePart. */
  readonly blank: boolean;
  /** True while a step runs: the buttons are then disabled. */
  readonly busy: boolean;
  /** Creates the empty input tables. */
  readonly onCreateTemplate: () => void;
  /** Writes the sample's input tables. */
  readonly onLoadSample: () => void;
};

/** What the last set-up did, for the message bar. */
function outcomeMessage(outcome: InputTablesOutcome): { title: string; text: string } {
  return outcome.status === 'created'
    ? {
        title: 'Tables créées',
        text: `sur les feuilles : ${outcome.sheets.join(', ')}. Remplissez-les, puis cliquez sur «\u00a0Calculer\u00a0».`,
      }
    : { title: 'Rien n’a été créé', text: `: ${frenchTypography(outcome.message)}` };
}

/** Renders the set-up buttons and their outcome. */
export function StartSection(props: StartSectionProps): React.ReactElement {
  const section = useSectionStyles();
  const { setup, blank } = props;
  return (
    <section className={section.section} aria-labelledby="qp-start-title">
      <Text as="h2" size={400} weight="semibold" id="qp-start-title" className={section.heading}>
        Démarrer
      </Text>
      <Text>
        {blank
          ? 'Ce classeur ne contient pas encore les tables de QuotePart.'
          : 'Le classeur contient maintenant les tables de QuotePart.'}
      </Text>
      {blank && (
        <div className={section.actions}>
          <Button appearance="primary" onClick={props.onCreateTemplate} disabled={props.busy}>
            Créer les tables vides
          </Button>
          <Button onClick={props.onLoadSample} disabled={props.busy}>
            Charger l’exemple
          </Button>
        </div>
      )}
      {setup.status === 'working' && <Spinner size="tiny" label="Création des tables…" />}
      {setup.status === 'done' && (
        <MessageBar
          intent={setup.value.status === 'created' ? 'success' : 'warning'}
          layout="multiline"
          id="qp-setup-result"
          tabIndex={-1}
        >
          <MessageBarBody>
            <MessageBarTitle>{outcomeMessage(setup.value).title}</MessageBarTitle>{' '}
            {outcomeMessage(setup.value).text}
          </MessageBarBody>
        </MessageBar>
      )}
      {setup.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" id="qp-setup-result" tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>Création impossible</MessageBarTitle> {setup.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
