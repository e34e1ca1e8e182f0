/**
 * "Ce que contient le classeur": the exercice, the counts of members, services, cost lines,
 * usages and scenarios, and which contract tables were found, so the user can check the
 * add-in reads the right data before computing.
 */
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookInventory } from '../../../engine';
import { countFr } from '../../format/countFr';
import { formatDecimalFr } from '../../format/formatDecimalFr';
import type { StepState } from '../QuotePartPane/QuotePartPane.types';
import { useSectionStyles } from '../shared/useSectionStyles.styles';

/** Props of `InventorySection`. */
export type InventorySectionProps = {
  /** The inventory step. */
  readonly inventory: StepState<WorkbookInventory>;
  /** True while another step runs: "Relire" is then disabled. */
  readonly busy: boolean;
  /** Reads the workbook again. */
  readonly onRefresh: () => void;
};

const useStyles = makeStyles({
  missing: { color: tokens.colorPaletteRedForeground1 },
  counts: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { fontWeight: tokens.fontWeightSemibold },
});

/** Rows of a table, or "absent" when the table is not in the workbook. */
function tableRows(inventory: WorkbookInventory, table: string, unit: string): string {
  const found = inventory.tables.find((entry) => entry.table === table);
  return found?.found ? countFr(found.rows, unit) : 'table absente';
}

/** Where a table was found, in French. */
function tableWhere(entry: WorkbookInventory['tables'][number]): string {
  if (!entry.found) return entry.required ? 'absente (obligatoire)' : 'absente (facultative)';
  const where =
    entry.source === 'table'
      ? `tableau sur la feuille « ${entry.sheet ?? '?'} »`
      : `feuille « ${entry.sheet ?? '?'} »`;
  return `${where}, ${countFr(entry.rows, 'ligne')}`;
}

/** The base case and the alternative scenarios: "Référence + 2 (Population seule, Parts égales)". */
function describeScenarios(scenarios: readonly string[]): string {
  const others = scenarios.filter((name) => name !== 'Référence');
  return others.length === 0
    ? 'Référence seule'
    : `Référence + ${others.length} (${others.join(', ')})`;
}

/** One line of the counts: "Membres : 14". */
function Count(props: { readonly label: string; readonly value: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <li>
      <span className={styles.term}>{props.label} :</span>{' '}
      <span className={styles.value}>{props.value}</span>
    </li>
  );
}

/** Renders the inventory of the workbook. */
export function InventorySection(props: InventorySectionProps): React.ReactElement {
  const section = useSectionStyles();
  const styles = useStyles();
  const { inventory } = props;
  return (
    <section
      className={section.section}
      aria-labelledby="qp-inventory-title"
      aria-busy={inventory.status === 'working'}
    >
      <Text
        as="h2"
        size={400}
        weight="semibold"
        id="qp-inventory-title"
        className={section.heading}
      >
        Ce que contient le classeur
      </Text>
      {inventory.status === 'working' && <Spinner size="tiny" label="Lecture du classeur…" />}
      {inventory.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{inventory.message}</MessageBarBody>
        </MessageBar>
      )}
      {inventory.status === 'done' && (
        <>
          <ul className={styles.counts} aria-label="Données trouvées">
            <Count
              label="Exercice"
              value={
                inventory.value.exercice === null
                  ? 'non renseigné'
                  : String(inventory.value.exercice)
              }
            />
            <Count label="Membres" value={formatDecimalFr(String(inventory.value.members))} />
            <Count label="Services" value={formatDecimalFr(String(inventory.value.services))} />
            <Count label="Charges" value={tableRows(inventory.value, 'Charges', 'ligne')} />
            <Count label="Usages" value={tableRows(inventory.value, 'Usages', 'ligne')} />
            <Count label="Scénarios" value={describeScenarios(inventory.value.scenarios)} />
          </ul>
          <ul className={section.list} aria-label="Tables du classeur">
            {inventory.value.tables.map((entry) => (
              <li key={entry.table}>
                <Text weight="semibold">{entry.table}</Text>{' '}
                <Text className={entry.found || !entry.required ? section.muted : styles.missing}>
                  {tableWhere(entry)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={section.actions}>
        <Button size="small" onClick={props.onRefresh} disabled={props.busy}>
          Relire le classeur
        </Button>
      </div>
    </section>
  );
}
