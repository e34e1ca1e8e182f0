/**
 * Pure JSX of the task pane: the sticky header with the action of the moment, a live
 * region announcing each state change, then the sections in the order of the user's flow;
 * the inventory comes last, folded.
 */
import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { frenchTypography } from '../../format/frenchTypography';
import { AnnexPdfDownload } from '../AnnexPdfDownload/AnnexPdfDownload';
import { ComputeSection } from '../ComputeSection/ComputeSection';
import { MemoPeriodSelector } from '../PeriodSelector/PeriodSelector';
import { PaneHeader } from '../PaneHeader/PaneHeader';
import { isBlankWorkbook } from '../PaneHeader/paneStatus';
import { StartSection } from '../StartSection/StartSection';
import { WriteSection } from '../WriteSection/WriteSection';
import {
  MemoExportSection,
  MemoInventorySection,
  MemoMemberAnnexSection,
  MemoProblemList,
  MemoScenarioSection,
  MemoSummarySection,
} from './memoSections';
import type { QuotePartPaneState } from './QuotePartPane.types';
import type { useQuotePartPaneStyles } from './useQuotePartPaneStyles.styles';

/** Renders the task pane. */
export function renderQuotePartPane(
  state: QuotePartPaneState,
  styles: ReturnType<typeof useQuotePartPaneStyles>,
): React.ReactElement {
  const outcome = state.run.status === 'done' ? state.run.value : null;
  const blank = isBlankWorkbook(state);
  return (
    <main className={mergeClasses(styles.root, state.className)} aria-label="QuotePart">
      <PaneHeader state={state} />
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {frenchTypography(state.announcement)}
      </div>
      {(blank || state.setup.status !== 'idle') && (
        <StartSection
          setup={state.setup}
          blank={blank}
          busy={state.busy}
          onCreateTemplate={state.createTemplate}
          onLoadSample={state.loadSample}
        />
      )}
      <ComputeSection run={state.run} />
      {outcome && outcome.status === 'ok' && (
        <MemoPeriodSelector
          periods={state.periods}
          period={state.period}
          disabled={state.busy}
          onSelect={state.selectPeriod}
        />
      )}
      <WriteSection run={state.run} write={state.write} changedSince={state.changedSince} />
      {outcome && outcome.problems.length > 0 && (
        <MemoProblemList
          problems={outcome.problems}
          onShowProblem={state.showProblem}
          selectionError={state.selectionError}
        />
      )}
      {outcome && outcome.status === 'ok' && (
        <>
          <MemoSummarySection summary={outcome.summary} />
          <MemoScenarioSection outcome={outcome} />
          <MemoMemberAnnexSection
            members={state.members}
            member={state.member}
            memberAnnex={state.memberAnnex}
            busy={state.busy}
            onSelectMember={state.selectMember}
            onWrite={state.writeMemberAnnex}
          />
          <MemoExportSection
            outcome={outcome}
            member={state.member}
            period={state.period}
            titresOutcome={state.titresOutcome}
          />
          <AnnexPdfDownload outcome={outcome} />
        </>
      )}
      <MemoInventorySection
        inventory={state.inventory}
        defaultOpen={
          blank || state.inventory.status === 'failed' || (!outcome && hasMissing(state))
        }
      />
    </main>
  );
}

/** Whether a required table is missing (the inventory then opens by itself). */
function hasMissing(state: QuotePartPaneState): boolean {
  return (
    state.inventory.status === 'done' &&
    state.inventory.value.tables.some((table) => table.required && !table.found)
  );
}
