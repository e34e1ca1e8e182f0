/**
 * The top of the pane, kept in view (sticky) down to 320 px: the title, the workbook's
 * state in one line, and the actions of the flow, Calculer and Écrire les résultats (or
 * "Recalculer puis écrire" when the workbook changed since the compute), the one of the
 * moment styled primary, with the progress of the step under way right below them.
 */
import * as React from 'react';
import { Button, Field, ProgressBar, Spinner, Text } from '@fluentui/react-components';
import type { QuotePartPaneState } from '../QuotePartPane/QuotePartPane.types';
import { paneStatusLine, primaryAction } from './paneStatus';
import { usePaneHeaderStyles } from './usePaneHeaderStyles.styles';

/** Props of `PaneHeader`. */
export type PaneHeaderProps = {
  readonly state: QuotePartPaneState;
};

/** Why "Écrire les résultats" is disabled, or null when it is enabled. */
export function writeBlockedReason(state: QuotePartPaneState): string | null {
  const { run } = state;
  if (run.status !== 'done') return 'Lancez d’abord le calcul.';
  if (run.value.status === 'invalid' || !run.value.plan)
    return 'Corrigez les erreurs et relancez le calcul : rien ne sera écrit tant que les données sont invalides.';
  return null;
}

/** Renders the sticky header. */
export function PaneHeader(props: PaneHeaderProps): React.ReactElement {
  const styles = usePaneHeaderStyles();
  const { state } = props;
  const primary = primaryAction(state);
  const reason = writeBlockedReason(state);
  const progress = state.write.status === 'working' ? state.write.progress : null;
  return (
    <header className={styles.header}>
      <div className={styles.titleLine}>
        <Text as="h1" size={400} weight="semibold" className={styles.title}>
          QuotePart
        </Text>
        <Text size={200} className={styles.status} id="qp-status-line">
          {paneStatusLine(state)}
        </Text>
      </div>
      <div className={styles.actions} role="group" aria-label="Actions">
        <Button
          appearance={primary === 'compute' ? 'primary' : 'secondary'}
          onClick={state.compute}
          disabled={state.busy}
        >
          Calculer
        </Button>
        {primary === 'recompute-and-write' ? (
          <Button appearance="primary" onClick={state.recomputeAndWrite} disabled={state.busy}>
            Recalculer puis écrire
          </Button>
        ) : (
          <Button
            appearance={primary === 'write' ? 'primary' : 'secondary'}
            onClick={state.writeResults}
            disabled={state.busy || reason !== null}
            aria-describedby={reason ? 'qp-write-blocked' : undefined}
          >
            Écrire les résultats
          </Button>
        )}
      </div>
      {reason && (
        <Text id="qp-write-blocked" size={200} className={styles.hint}>
          {reason}
        </Text>
      )}
      {state.run.status === 'working' && (
        <Spinner size="extra-tiny" label="Calcul des quote-parts en cours…" />
      )}
      {state.write.status === 'working' && (
        <Field
          label="Écriture en cours"
          validationState="none"
          validationMessage={progress?.step ?? 'Vérification du classeur…'}
        >
          <ProgressBar
            value={
              progress && progress.rowsTotal > 0
                ? progress.rowsWritten / progress.rowsTotal
                : undefined
            }
            aria-valuetext={
              progress
                ? `${progress.rowsWritten} lignes sur ${progress.rowsTotal}`
                : 'Vérification du classeur'
            }
          />
        </Field>
      )}
    </header>
  );
}
