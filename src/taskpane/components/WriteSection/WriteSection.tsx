/**
 * What "Écrire les résultats" did: the sheets written and those replaced, the member annex
 * written again with the new figures, the round trips to Excel; or why nothing was
 * written (the workbook changed since the compute: "Recalculer puis écrire" in the header
 * does both in one click; or Excel refused). The button is in the header.
 */
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { RunOutcome } from '../../../engine';
import { countFr } from '../../format/countFr';
import type { StepState, WriteState } from '../QuotePartPane/QuotePartPane.types';
import { useSectionStyles } from '../shared/useSectionStyles.styles';
import { describeChangedTables } from './describeChangedTables';

/** Props of `WriteSection`. */
export type WriteSectionProps = {
  /** The run whose plan would be written. */
  readonly run: StepState<RunOutcome>;
  /** The write step. */
  readonly write: WriteState;
  /** Input tables seen changed since the run, or null. */
  readonly changedSince: readonly string[] | null;
};

/** "QP Synthèse, QP Quote-parts et 3 autres" style list, complete. */
function sheetList(names: readonly string[]): string {
  return names.map((name) => `«\u00a0${name}\u00a0»`).join(', ');
}

/** Renders the outcome of the write, or the sheets a write would replace. */
export function WriteSection(props: WriteSectionProps): React.ReactElement | null {
  const section = useSectionStyles();
  const { run, write, changedSince } = props;
  const plan = run.status === 'done' && run.value.status === 'ok' ? run.value.plan : null;
  if (!plan) return null;
  const sheets = plan.sheets.map((sheet) => sheet.name);
  const stale = write.status === 'stale' ? write.tables : changedSince;
  return (
    <div className={section.message}>
      {write.status === 'done' && (
        <MessageBar intent="success" layout="multiline" id="qp-write-result" tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>Résultats écrits</MessageBarTitle>{' '}
            {countFr(
              sheets.length + (write.value.annexMember ? 1 : 0),
              'feuille écrite',
              'feuilles écrites',
            )}{' '}
            ({countFr(write.value.report.syncs, 'échange', 'échanges')} avec Excel).{' '}
            {write.value.report.replaced.length > 0
              ? `Remplacées : ${sheetList(write.value.report.replaced)}.`
              : 'Aucune feuille remplacée.'}
            {write.value.annexMember !== null &&
              ` L’annexe de «\u00a0${write.value.annexMember}\u00a0» («\u00a0QP Annexe membre\u00a0») a été réécrite avec ces résultats.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {stale && (
        <MessageBar
          intent="warning"
          layout="multiline"
          id={write.status === 'stale' ? 'qp-write-result' : undefined}
          tabIndex={-1}
        >
          <MessageBarBody>
            <MessageBarTitle>Résultats périmés</MessageBarTitle> Le classeur a changé depuis le
            calcul ({describeChangedTables(stale)}).{' '}
            {write.status === 'stale' ? 'Rien n’a été écrit. ' : ''}Cliquez sur «&nbsp;Recalculer
            puis écrire&nbsp;» pour écrire des résultats à jour.
          </MessageBarBody>
        </MessageBar>
      )}
      {write.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" id="qp-write-result" tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>Écriture impossible</MessageBarTitle> {write.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {write.status !== 'done' && !stale && (
        <Text size={200} className={section.muted}>
          Feuilles écrites ou remplacées : {sheets.join(', ')}. Les tables de saisie ne sont pas
          modifiées.
        </Text>
      )}
    </div>
  );
}
