/** Pure JSX of the run summary. */
import * as React from 'react';
import {
  Field,
  Select,
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
import type { SummarySectionClasses, SummarySectionState } from './SummarySection.types';
import { stabilityVerdict } from './stabilityVerdict';

/** True when a decimal string is zero ("0", "-0.00"…). */
function isZero(value: string): boolean {
  return /^[+-]?0*(\.0*)?$/.test(value);
}

/** Renders the summary tables. */
export function renderSummarySection(
  state: SummarySectionState,
  classes: SummarySectionClasses,
): React.ReactElement {
  const { section, styles } = classes;
  const amount = mergeClasses(styles.cell, styles.amount);
  const { summary } = state;
  return (
    <section className={section.section} aria-labelledby="qp-summary-title">
      <Text as="h2" size={400} weight="semibold" id="qp-summary-title" className={section.heading}>
        Synthèse{summary.exercice !== null ? ` ${summary.exercice}` : ''}
      </Text>
      {state.scenarioNames.length > 1 && (
        <Field label="Scénario affiché">
          <Select
            value={state.selectedScenario}
            onChange={(_event, data) => state.selectScenario(data.value)}
          >
            {state.scenarioNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Table size="extra-small" className={styles.table}>
        <caption className={styles.caption}>
          Par service, scénario « {state.selectedScenario} », montants en euros
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>Service</TableHeaderCell>
            <TableHeaderCell className={amount}>Base</TableHeaderCell>
            <TableHeaderCell className={amount}>Σ quote-parts</TableHeaderCell>
            <TableHeaderCell className={amount}>Écart</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.services.map((line) => (
            <TableRow key={line.service}>
              <TableCell className={mergeClasses(styles.cell, styles.name)}>
                {line.service}
              </TableCell>
              <TableCell className={amount}>{formatDecimalFr(line.base, 2)}</TableCell>
              <TableCell className={amount}>{formatDecimalFr(line.total, 2)}</TableCell>
              <TableCell className={mergeClasses(amount, !isZero(line.difference) && styles.gap)}>
                {formatDecimalFr(line.difference, 2)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table size="extra-small" className={styles.table}>
        <caption className={styles.caption}>Par scénario</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>Scénario</TableHeaderCell>
            <TableHeaderCell className={amount}>Total (€)</TableHeaderCell>
            <TableHeaderCell className={amount}>Membres perdants</TableHeaderCell>
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
