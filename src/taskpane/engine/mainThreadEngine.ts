/**
 * The engine run on the page's own thread: loaded on first use (its own chunk, not in the
 * initial task-pane JavaScript) and called after a short yield so that the spinner paints
 * before a long computation blocks the page. Used when Web Workers are unavailable.
 */
import type {
  ConventionAnnexModel,
  ConventionAnnexOptions,
  RawWorkbook,
  ReportOptions,
  RunOptions,
  RunOutcome,
  TitresExport,
  WorkbookInventory,
  WritePlan,
} from '../../engine';
import type { EngineOperations } from './engineOperations';

/** The synchronous engine entry points, as `src/engine/index.ts` exports them. */
export type EngineFunctions = {
  readonly inspectWorkbook: (workbook: RawWorkbook) => WorkbookInventory;
  readonly runQuotePart: (workbook: RawWorkbook, options: RunOptions) => RunOutcome;
  readonly buildMemberAnnexPlan: (outcome: RunOutcome, member: string) => WritePlan;
  readonly exportTitres: (outcome: RunOutcome, profile: string) => TitresExport;
  readonly buildReport: (outcome: RunOutcome, options: ReportOptions) => string;
  readonly buildConventionAnnex: (
    outcome: RunOutcome,
    options: ConventionAnnexOptions,
  ) => ConventionAnnexModel;
};

/** Lets the browser paint (spinner, disabled buttons) before the engine takes the thread. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Engine operations that load `src/engine` lazily and run it on the current thread. */
export function createMainThreadEngine(
  load: () => Promise<EngineFunctions> = () => import('../../engine'),
): EngineOperations {
  /** Loads the engine, lets the page paint, then runs `work` with it. */
  const later = async <T>(work: (engine: EngineFunctions) => T): Promise<T> => {
    const engine = await load();
    await nextPaint();
    return work(engine);
  };
  return {
    inspectWorkbook: async (workbook) => {
      const engine = await load();
      return engine.inspectWorkbook(workbook);
    },
    runQuotePart: (workbook, options) => later((engine) => engine.runQuotePart(workbook, options)),
    buildMemberAnnexPlan: (outcome, member) =>
      later((engine) => engine.buildMemberAnnexPlan(outcome, member)),
    exportTitres: (outcome, profile) => later((engine) => engine.exportTitres(outcome, profile)),
    buildReport: (outcome, options) => later((engine) => engine.buildReport(outcome, options)),
    buildConventionAnnex: (outcome, options) =>
      later((engine) => engine.buildConventionAnnex(outcome, options)),
    streamPlan: async (outcome) => {
      if (!outcome.plan) throw new Error('Ce calcul n’a pas de résultats à écrire.');
      return outcome.plan;
    },
  };
}
