/** Pure JSX of the run summary. */
import * as React from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { countFr } from '../../format/countFr';
import { formatDecimalFr, formatEuroFr } from '../../format/formatDecimalFr';
import { isZeroDecimal } from './explainGap';
import type { SummarySectionClasses, SummarySectionState } from './SummarySection.types';
import { stabilityVerdict } from '../../../engine';

/** Id of the explanation of a service's difference. */
const gapId = (index: number): string => `qp-gap-${index}`;

/** Renders the summary tables. */
export function renderSummarySection(
  state: SummarySectionState,
  classes: SummarySectionClasses,
): React.ReactElement {
  const { section, styles } = classes;
  const amount = mergeClasses(styles.cell, styles.amount);
  // The header cell's content is a flex box: aligned right by its justification.
  const amountHeader = { className: styles.amountHeader };
  const { summary } = state;
  return (
    <section className={section.section} aria-labelledby="qp-summary-title">
      <Text as="h2" size={400} weight="semibold" id="qp-summary-title" className={section.heading}>
        Synthèse{summary.exercice !== null ? ` ${summary.exercice}` : ''}
      </Text>
      <Table size="extra-small" className={styles.table}>
        <caption className={styles.caption}>
          Par service, montants en euros (identiques dans chaque scénario : un scénario ne change
          que la part de chaque membre)
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>Service</TableHeaderCell>
            <TableHeaderCell className={amount} button={amountHeader}>
              Base
            </TableHeaderCell>
            <TableHeaderCell className={amount} button={amountHeader}>
              Σ quote-parts
            </TableHeaderCell>
            <TableHeaderCell className={amount} button={amountHeader}>
              Écart
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.services.map((line) => {
            const gap = state.gaps.findIndex((g) => g.service === line.service);
            return (
              <TableRow key={line.service}>
                <TableCell className={mergeClasses(styles.cell, styles.name)}>
                  {line.service}
                </TableCell>
                <TableCell className={amount}>{formatDecimalFr(line.base, 2)}</TableCell>
                <TableCell className={amount}>{formatDecimalFr(line.total, 2)}</TableCell>
                <TableCell
                  className={mergeClasses(amount, !isZeroDecimal(line.difference) && styles.gap)}
                  aria-describedby={gap >= 0 ? gapId(gap) : undefined}
                >
                  {formatDecimalFr(line.difference, 2)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {state.gaps.length > 0 && (
        <ol className={styles.notes} aria-label="Écarts expliqués">
          {state.gaps.map((gap, index) => (
            <li key={gap.service} id={gapId(index)}>
              <Text size={200}>
                {gap.service}, écart {formatEuroFr(gap.difference)} : {gap.explanation}
              </Text>
            </li>
          ))}
        </ol>
      )}
      <Table size="extra-small" className={styles.table}>
        <caption className={styles.caption}>Par scénario</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>Scénario</TableHeaderCell>
            <TableHeaderCell className={amount} button={amountHeader}>
              Total (€)
            </TableHeaderCell>
            <TableHeaderCell className={amount} button={amountHeader}>
              Membres perdants
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.scenarios.map((line) => (
            <TableRow key={line.scenario}>
              <TableCell className={mergeClasses(styles.cell, styles.name)}>
                {line.scenario}
              </TableCell>
              <TableCell className={amount}>{formatDecimalFr(line.total, 2)}</TableCell>
              <TableCell className={amount}>{line.losers}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {state.scenarios.map((line) => {
        const verdict = stabilityVerdict(line);
        return verdict === null ? null : (
          <Text as="p" key={`verdict-${line.scenario}`}>
            {line.wouldLeave?.length ? '⚠ ' : '✔ '}
            {verdict}
          </Text>
        );
      })}
      <Text>
        {countFr(summary.titres, 'titre')} de recettes, {countFr(summary.titreLines, 'ligne')},
        total {formatEuroFr(summary.titresTotal)}
        {summary.reductions > 0 ? ` ; ${countFr(summary.reductions, 'réduction')}` : ''}.
      </Text>
    </section>
  );
}
