/**
 * Engine operations backed by a Web Worker, so that a long computation never freezes the
 * task pane (Excel would then show "not responding"). If the worker cannot be created or
 * fails to load, every call falls back to the main-thread engine.
 *
 * A run's outcome comes back without its details: the worker keeps the outcome and builds
 * the member annex, the titres export and the report itself when the pane asks, naming the
 * run by the id of its request (remembered here for each outcome object it returned). The
 * rows of the plan's large tables also stay there: `streamPlan` fetches them in chunks while
 * they are written.
 * The other way, a workbook is uploaded once, in parts (`splitWorkbook`), and the
 * inventory and the run of that same workbook both name the upload.
 */
import type { PlanRow, RawWorkbook, RunOutcome } from '../../engine';
import type { EngineRequest, EngineResponse } from './engineMessages';
import type { EngineOperations } from './engineOperations';
import { createMainThreadEngine } from './mainThreadEngine';
import type { PostedRun } from './outcomeWithoutDetails';
import { streamPlanRows, type PendingRows } from './planOutline';
import { splitWorkbook, type UploadedWorkbook } from './workbookParts';

type Pending = {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
};

/** Distributes `Omit` over a union (the built-in one collapses it). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Message when the worker that holds a run's details has stopped. */
export const ENGINE_STOPPED = 'Le moteur de calcul s’est arrêté : relancez le calcul.';

/**
 * Creates the engine operations of the task pane. `createWorker` builds the worker (a
 * function so that only webpack-built code names the worker file); `fallback` runs the
 * engine when there is no worker (default: the main-thread engine, loaded lazily).
 */
export function createWorkerEngine(
  createWorker: () => Worker,
  fallback: EngineOperations = createMainThreadEngine(),
): EngineOperations {
  const pending = new Map<number, Pending>();
  /** Run id in the worker of each outcome it returned. */
  const runIds = new WeakMap<RunOutcome, number>();
  /** Tables of each outcome's plan whose rows stayed in the worker. */
  const pendingRows = new WeakMap<RunOutcome, readonly PendingRows[]>();
  /** Upload of each workbook object sent to the worker (the pane reads a new object each time). */
  const uploads = new WeakMap<RawWorkbook, Promise<UploadedWorkbook>>();
  let worker: Worker | null | undefined;
  let nextId = 1;
  let nextUpload = 1;

  function failAll(message: string): void {
    for (const call of pending.values()) call.reject(new Error(message));
    pending.clear();
  }

  function getWorker(): Worker | null {
    if (worker !== undefined) return worker;
    try {
      worker = createWorker();
    } catch {
      worker = null;
      return worker;
    }
    worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const answer = event.data;
      const call = pending.get(answer.id);
      pending.delete(answer.id);
      if (!call) return;
      if (answer.ok) call.resolve(answer.result);
      else call.reject(new Error(answer.message));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      failAll(
        `Le moteur de calcul n’a pas pu démarrer (${event.message || 'erreur du Web Worker'}).`,
      );
    };
    return worker;
  }

  /** Sends a request (`onSent` learns its id); without a worker, or if it dies, `onMainThread` answers. */
  function call<T>(
    request: WithoutId<EngineRequest>,
    onMainThread: () => Promise<T>,
    onSent?: (id: number) => void,
  ): Promise<T> {
    const target = typeof Worker === 'undefined' ? null : getWorker();
    if (!target) return onMainThread();
    const id = nextId++;
    onSent?.(id);
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      target.postMessage({ ...request, id } as EngineRequest);
    }).catch((error: Error) => (worker === null ? onMainThread() : Promise.reject(error)));
  }

  /** Sends `workbook` to the worker in parts, once; each part waits for its answer (the page gets a turn). */
  function upload(workbook: RawWorkbook): Promise<UploadedWorkbook> {
    let sent = uploads.get(workbook);
    if (!sent) {
      const number = nextUpload++;
      sent = (async () => {
        for (const part of splitWorkbook(workbook))
          await call({ kind: 'upload', upload: number, part }, () =>
            Promise.reject(new Error(ENGINE_STOPPED)),
          );
        return { upload: number };
      })();
      uploads.set(workbook, sent);
    }
    return sent;
  }

  /** A request about a workbook: uploaded first; on this thread if there is no worker or it died. */
  async function aboutWorkbook<T>(
    workbook: RawWorkbook,
    request: (argument: UploadedWorkbook) => WithoutId<EngineRequest>,
    onMainThread: () => Promise<T>,
    onSent?: (id: number) => void,
  ): Promise<T> {
    if (typeof Worker === 'undefined' || getWorker() === null) return onMainThread();
    let argument: UploadedWorkbook;
    try {
      argument = await upload(workbook);
    } catch (error) {
      if (worker === null) return onMainThread();
      throw error;
    }
    return call(request(argument), onMainThread, onSent);
  }

  /** A request about a run: to the worker that holds it, or on this thread if it was computed here. */
  function aboutRun<T>(
    outcome: RunOutcome,
    request: (run: number) => WithoutId<EngineRequest>,
    onMainThread: () => Promise<T>,
  ): Promise<T> {
    const run = runIds.get(outcome);
    if (run === undefined) return onMainThread();
    return call(request(run), () => Promise.reject(new Error(ENGINE_STOPPED)));
  }

  return {
    inspectWorkbook: (workbook) =>
      aboutWorkbook(
        workbook,
        (argument) => ({ kind: 'inspect', workbook: argument }),
        () => fallback.inspectWorkbook(workbook),
      ),
    runQuotePart: async (workbook, options) => {
      let run: number | undefined;
      const answer = await aboutWorkbook<PostedRun | RunOutcome>(
        workbook,
        (argument) => ({ kind: 'run', workbook: argument, options }),
        () => fallback.runQuotePart(workbook, options),
        (id) => (run = id),
      );
      // An outcome computed by the fallback (worker gone) carries its own details: no id.
      if (!('pending' in answer)) return answer;
      if (run !== undefined && worker) {
        runIds.set(answer.outcome, run);
        pendingRows.set(answer.outcome, answer.pending);
      }
      return answer.outcome;
    },
    streamPlan: async (outcome) => {
      const run = runIds.get(outcome);
      const pending = pendingRows.get(outcome) ?? [];
      if (run === undefined || pending.length === 0) return fallback.streamPlan(outcome);
      if (!outcome.plan) throw new Error('Ce calcul n’a pas de résultats à écrire.');
      return streamPlanRows(outcome.plan, pending, (table, start, count) =>
        call<readonly PlanRow[]>(
          { kind: 'planRows', run, sheet: table.sheet, block: table.block, start, count },
          () => Promise.reject(new Error(ENGINE_STOPPED)),
        ),
      );
    },
    buildMemberAnnexPlan: (outcome, member) =>
      aboutRun(
        outcome,
        (run) => ({ kind: 'memberAnnex', run, member }),
        () => fallback.buildMemberAnnexPlan(outcome, member),
      ),
    exportTitres: (outcome, profile) =>
      aboutRun(
        outcome,
        (run) => ({ kind: 'export', run, profile }),
        () => fallback.exportTitres(outcome, profile),
      ),
    buildReport: (outcome, options) =>
      aboutRun(
        outcome,
        (run) =>
          options.member === undefined
            ? { kind: 'report', run }
            : { kind: 'report', run, member: options.member },
        () => fallback.buildReport(outcome, options),
      ),
    buildConventionAnnex: (outcome, options) =>
      aboutRun(
        outcome,
        (run) =>
          options.service === undefined
            ? { kind: 'conventionAnnex', run }
            : { kind: 'conventionAnnex', run, service: options.service },
        () => fallback.buildConventionAnnex(outcome, options),
      ),
  };
}
