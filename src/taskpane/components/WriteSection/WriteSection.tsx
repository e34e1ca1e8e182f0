/**
 * "Écrire les résultats": writes the plan of a valid run into the workbook (the QP sheets),
 * with a progress bar fed by the host's progress reports, then what was written and how
 * many round trips to Excel it took. Disabled while the input is invalid.
 */
import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from '@fluentui/react-components';
import type { RunOutcome } from '../../../engine';
import { countFr } from '../../format/countFr';
import type { StepState, WriteState } from '../QuotePartPane/QuotePartPane.types';
import { useSectionStyles } from '../shared/useSectionStyles.styles';

/** Props of `WriteSection`. */
export type WriteSectionProps = {
  /** The run whose plan would be written. */
  readonly run: StepState<RunOutcome>;
  /** The write step. */
  readonly write: WriteState;
  /** True while a step runs: the button is then disabled. */
  readonly busy: boolean;
  /** Writes the plan. */
  readonly onWrite: () => void;
};

/** Why the button is disabled, or null when it is enabled. */
function blockedReason(run: StepState<RunOutcome>): string | null {
  if (run.status !== 'done') return 'Lancez d’abord le calcul.';
  if (run.value.status === 'invalid' || !run.value.plan)
    return 'Corrigez les erreurs et relancez le calcul : rien ne sera écrit tant que les données sont invalides.';
  return null;
}

/** Renders the write button, its progress and its report. */
export function WriteSection(props: WriteSectionProps): React.ReactElement {
  const section = useSectionStyles();
  const { run, write } = props;
  const reason = blockedReason(run);
  const sheets =
    run.status === 'done' && run.value.plan ? run.value.plan.sheets.map((sheet) => sheet.name) : [];
  const progress = write.status === 'working' ? write.progress : null;
  return (
    <section
      className={section.section}
      aria-labelledby="qp-write-title"
      aria-busy={write.status === 'working'}
    >
      <Text as="h2" size={400} weight="semibold" id="qp-write-title" className={section.heading}>
        Résultats
      </Text>
      {reason ? (
        <Text id="qp-write-blocked" className={section.muted}>
          {reason}
        </Text>
      ) : (
        <Text className={section.muted}>
          Feuilles écrites ou remplacées : {sheets.join(', ')}. Les tables de saisie ne sont pas
          modifiées.
        </Text>
      )}
      <div className={section.actions}>
        <Button
          appearance="primary"
          onClick={props.onWrite}
          disabled={props.busy || reason !== null}
          aria-describedby={reason ? 'qp-write-blocked' : undefined}
        >
          Écrire les résultats
        </Button>
      </div>
      {write.status === 'working' && (
        <Field
          label="Écriture en cours"
          validationState="none"
          validationMessage={progress?.step ?? 'Préparation…'}
        >
          <ProgressBar
            value={
              progress && progress.rowsTotal > 0
                ? progress.rowsWritten / progress.rowsTotal
                : undefined
            }
            aria-valuetext={
              progress ? `${progress.rowsWritten} lignes sur ${progress.rowsTotal}` : undefined
            }
          />
        </Field>
      )}
      {write.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Résultats écrits</MessageBarTitle> {countFr(sheets.length, 'feuille')}{' '}
            en {countFr(write.value.syncs, 'synchronisation')} avec Excel.
          </MessageBarBody>
        </MessageBar>
      )}
      {write.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{write.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
