/**
 * "Ce que contient le classeur": the exercice, the counts of members, services, cost lines,
 * usages and scenarios, and which contract tables were found, so the user can check the
 * add-in reads the right data before computing. Folded by default (the header's state line
 * says the essentials); it follows the workbook by itself: read again after each set-up
 * and each run, and when the host reports a change.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
  /** Whether the section starts unfolded (blank workbook, missing table). Default: folded. */
  readonly defaultOpen?: boolean;
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
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
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
      ? `tableau sur la feuille «\u00a0${entry.sheet ?? '?'}\u00a0»`
      : `feuille «\u00a0${entry.sheet ?? '?'}\u00a0»`;
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

/** Renders the inventory of the workbook, in a section the user folds and unfolds. */
export function InventorySection(props: InventorySectionProps): React.ReactElement {
  const section = useSectionStyles();
  const styles = useStyles();
  const { inventory, defaultOpen = false } = props;
  const [open, setOpen] = React.useState(defaultOpen);
  // Unfolds by itself when the workbook turns out blank or unreadable; the user folds it again.
  React.useEffect(() => {
    if (defaultOpen) setOpen(true);
  }, [defaultOpen]);
  return (
    <section className={section.section} aria-labelledby="qp-inventory-title">
      <Accordion
        collapsible
        openItems={open ? ['inventory'] : []}
        onToggle={(_event, data) => setOpen(data.openItems.includes('inventory'))}
      >
        <AccordionItem value="inventory">
          <AccordionHeader as="h2" id="qp-inventory-title" expandIconPosition="end">
            Ce que contient le classeur
          </AccordionHeader>
          <AccordionPanel className={styles.panel} aria-busy={inventory.status === 'working'}>
            {inventory.status === 'working' && <Spinner size="tiny" label="Lecture du classeur…" />}
            {inventory.status === 'failed' && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Lecture impossible</MessageBarTitle> {inventory.message}
                </MessageBarBody>
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
                  <Count
                    label="Services"
                    value={formatDecimalFr(String(inventory.value.services))}
                  />
                  <Count label="Charges" value={tableRows(inventory.value, 'Charges', 'ligne')} />
                  <Count label="Usages" value={tableRows(inventory.value, 'Usages', 'ligne')} />
                  <Count label="Scénarios" value={describeScenarios(inventory.value.scenarios)} />
                </ul>
                <ul className={section.list} aria-label="Tables du classeur">
                  {inventory.value.tables.map((entry) => (
                    <li key={entry.table}>
                      <Text weight="semibold">{entry.table}</Text>{' '}
                      <Text
                        className={entry.found || !entry.required ? section.muted : styles.missing}
                      >
                        {tableWhere(entry)}
                      </Text>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
