/** Pure JSX of the task pane: the sections in the order of the user's flow. */
import * as React from 'react';
import { Text, mergeClasses } from '@fluentui/react-components';
import { ComputeSection } from '../ComputeSection/ComputeSection';
import { ExportSection } from '../ExportSection/ExportSection';
import { InventorySection } from '../InventorySection/InventorySection';
import { MemberAnnexSection } from '../MemberAnnexSection/MemberAnnexSection';
import { ProblemList } from '../ProblemList/ProblemList';
import { StartSection } from '../StartSection/StartSection';
import { SummarySection } from '../SummarySection/SummarySection';
import { WriteSection } from '../WriteSection/WriteSection';
import type { QuotePartPaneState } from './QuotePartPane.types';
import type { useQuotePartPaneStyles } from './useQuotePartPaneStyles.styles';

/** True when no contract table was found: the workbook is blank for QuotePart. */
function isBlank(state: QuotePartPaneState): boolean {
  return (
    state.inventory.status === 'done' && state.inventory.value.tables.every((table) => !table.found)
  );
}

/** Renders the task pane. */
export function renderQuotePartPane(
  state: QuotePartPaneState,
  styles: ReturnType<typeof useQuotePartPaneStyles>,
): React.ReactElement {
  const outcome = state.run.status === 'done' ? state.run.value : null;
  return (
    <main className={mergeClasses(styles.root, state.className)} aria-label="QuotePart">
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          QuotePart
        </Text>
        <Text block>Répartition du coût de l’informatique mutualisée</Text>
      </header>
      <InventorySection inventory={state.inventory} busy={state.busy} onRefresh={state.refresh} />
      {(isBlank(state) || state.setup.status !== 'idle') && (
        <StartSection
          setup={state.setup}
          busy={state.busy}
          onCreateTemplate={state.createTemplate}
          onLoadSample={state.loadSample}
        />
      )}
      <ComputeSection run={state.run} busy={state.busy} onCompute={state.compute} />
      {outcome && outcome.status === 'ok' && <SummarySection summary={outcome.summary} />}
      {outcome && outcome.problems.length > 0 && (
        <ProblemList
          problems={outcome.problems}
          onShowProblem={state.showProblem}
          selectionError={state.selectionError}
        />
      )}
      <WriteSection
        run={state.run}
        write={state.write}
        busy={state.busy}
        onWrite={state.writeResults}
      />
      {outcome && outcome.status === 'ok' && (
        <>
          <MemberAnnexSection
            members={state.members}
            member={state.member}
            memberAnnex={state.memberAnnex}
            busy={state.busy}
            onSelectMember={state.selectMember}
            onWrite={state.writeMemberAnnex}
          />
          <ExportSection outcome={outcome} member={state.member} />
        </>
      )}
    </main>
  );
}
