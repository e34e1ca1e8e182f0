/**
 * Engine operations backed by a Web Worker, so that a long computation never freezes the
 * task pane (Excel would then show "not responding"). If the worker cannot be created or
 * fails to load, every call falls back to the main-thread engine.
 */
import type { EngineRequest, EngineResponse } from './engineMessages';
import type { EngineOperations } from './engineOperations';
import { createMainThreadEngine } from './mainThreadEngine';

type Pending = { readonly resolve: (value: unknown) => void; readonly reject: (error: Error) => void };

/** Distributes `Omit` over a union (the built-in one collapses it). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * Creates the engine operations of the task pane. `createWorker` builds the worker (a
 * function so that only webpack-built code names the worker file); `fallback` runs the
 * engine when there is no worker (default: the main-thread engine, loaded lazily).
 */
export function createWorkerEngine(createWorker: () => Worker, fallback: EngineOperations = createMainThreadEngine()): EngineOperations {
  const pending = new Map<number, Pending>();
  let worker: Worker | null | undefined;
  let nextId = 1;

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
      failAll(`Le moteur de calcul n'a pas pu démarrer (${event.message || 'erreur du Web Worker'}).`);
    };
    return worker;
  }

  function call<T>(request: WithoutId<EngineRequest>, onMainThread: () => Promise<T>): Promise<T> {
    const target = typeof Worker === 'undefined' ? null : getWorker();
    if (!target) return onMainThread();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      target.postMessage({ ...request, id } as EngineRequest);
    }).catch((error: Error) => (worker === null ? onMainThread() : Promise.reject(error)));
  }

  return {
    inspectWorkbook: (workbook) => call({ kind: 'inspect', workbook }, () => fallback.inspectWorkbook(workbook)),
    runQuotePart: (workbook, options) => call({ kind: 'run', workbook, options }, () => fallback.runQuotePart(workbook, options)),
  };
}
