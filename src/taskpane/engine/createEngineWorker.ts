/**
 * Creates the engine's Web Worker. Only webpack-built code imports this file: the
 * `new Worker(new URL(…, import.meta.url))` form is what makes webpack emit the worker
 * chunk (with the engine), and it cannot run under Jest's CommonJS.
 */

/** Starts a worker running `engine.worker.ts`. */
export function createEngineWorker(): Worker {
  // @ts-expect-error TS1343: import.meta is compiled by webpack (ES modules), not by tsc's CommonJS settings.
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'quotepart-engine' });
}
