/**
 * The engine as the task pane sees it: the entry points of `src/engine`, made asynchronous
 * so that they can run in a Web Worker (the pane stays responsive on large workbooks) and
 * so that tests can inject fakes.
 */
import type {
  ConventionAnnexModel,
  ConventionAnnexOptions,
  RawWorkbook,
  ReportOptions,
  RunOutcome,
  RunOptions,
  TitresExport,
  WorkbookInventory,
  WritePlan,
} from '../../engine';
import type { StreamedPlan } from '../../workbook/office/streamedPlan';

/** Engine entry points used by the task pane. */
export type EngineOperations = {
  /** What the workbook contains (tables found, counts, exercice): the "what was found" panel. */
  readonly inspectWorkbook: (workbook: RawWorkbook) => Promise<WorkbookInventory>;
  /**
   * Validates and computes; `status: 'invalid'` means nothing may be written. From a worker,
   * the outcome comes without `details`: the three functions below, given that outcome,
   * build what they need where the run's details are (in the worker).
   */
  readonly runQuotePart: (workbook: RawWorkbook, options: RunOptions) => Promise<RunOutcome>;
  /** `buildMemberAnnexPlan`: the `QP Annexe membre` sheet of one member of a valid run. */
  readonly buildMemberAnnexPlan: (outcome: RunOutcome, member: string) => Promise<WritePlan>;
  /** `exportTitres`: the titres (and reductions) CSV files of a valid run in a profile. */
  readonly exportTitres: (outcome: RunOutcome, profile: string) => Promise<TitresExport>;
  /** `buildReport`: the self-contained HTML report of a valid run. */
  readonly buildReport: (outcome: RunOutcome, options: ReportOptions) => Promise<string>;
  /** `buildConventionAnnex`: the printable convention annex (laid out as a PDF in the pane). */
  readonly buildConventionAnnex: (
    outcome: RunOutcome,
    options: ConventionAnnexOptions,
  ) => Promise<ConventionAnnexModel>;
  /**
   * The plan of a valid run, ready for `applyPlan`. From a worker, the outcome's plan is an
   * outline without the rows of its large tables: those rows are streamed, fetched chunk
   * by chunk while `applyPlan` writes them (no message freezes the pane, and the page never
   * holds the whole plan). Elsewhere, the outcome's plan itself.
   */
  readonly streamPlan: (outcome: RunOutcome) => Promise<StreamedPlan>;
};
