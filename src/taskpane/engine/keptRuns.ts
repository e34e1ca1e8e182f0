/**
 * The last run outcomes kept in the engine worker, so that the member annex, the titres
 * export and the report are built there from the run's details, which then never cross
 * to the task pane. Only the most recent runs are kept (an outcome can weigh tens of MB
 * on a large workbook); the pane only ever asks about its latest run.
 */
import { materializePlan, type PlanRow, type RunOutcome, type WritePlan } from '../../engine';
import { UploadedWorkbooks } from './workbookParts';

/** Runs kept by default: the latest one, and the one before in case two runs overlap. */
export const KEPT_RUNS = 2;

/** Message when a request names a run the worker no longer holds. */
export const RUN_NOT_KEPT = 'Ce calcul n’est plus disponible dans le moteur : relancez le calcul.';

/** Outcomes by run id, oldest dropped first. */
export class KeptRuns {
  private readonly runs = new Map<number, RunOutcome>();
  /** The plan of each kept run as arrays, made on the first request for its rows. */
  private readonly plans = new Map<number, WritePlan>();
  /** The workbooks sent in parts for the runs (and inventories) to come. */
  readonly workbooks = new UploadedWorkbooks();

  constructor(private readonly limit: number = KEPT_RUNS) {}

  /** Keeps the outcome of run `id`, dropping the oldest beyond the limit. */
  keep(id: number, outcome: RunOutcome): void {
    this.runs.set(id, outcome);
    for (const oldest of this.runs.keys()) {
      if (this.runs.size <= this.limit) break;
      this.runs.delete(oldest);
      this.plans.delete(oldest);
    }
  }

  /** The outcome of run `id`; throws `RUN_NOT_KEPT` when it was dropped. */
  get(id: number): RunOutcome {
    const outcome = this.runs.get(id);
    if (!outcome) throw new Error(RUN_NOT_KEPT);
    return outcome;
  }

  /** Rows `start` to `start + count` of table `block` of sheet `sheet` of run `id`'s plan. */
  planRows(id: number, sheet: number, block: number, start: number, count: number): PlanRow[] {
    let plan = this.plans.get(id);
    if (!plan) {
      const outcome = this.get(id);
      if (!outcome.plan) throw new Error('Ce calcul n’a pas de résultats à écrire.');
      plan = materializePlan(outcome.plan);
      this.plans.set(id, plan);
    }
    const table = plan.sheets[sheet]?.blocks[block];
    if (!table || table.kind !== 'table' || !Array.isArray(table.rows))
      throw new Error(`Tableau ${sheet}/${block} absent du plan du calcul.`);
    return (table.rows as readonly PlanRow[]).slice(start, start + count);
  }
}
