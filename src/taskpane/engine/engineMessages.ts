/**
 * Messages exchanged with the engine worker. Everything is plain data (structured clone),
 * which the engine's inputs and outputs already are.
 */
import type { RawWorkbook, RunOptions, RunOutcome, WorkbookInventory } from '../../engine';

/** A call sent to the worker; `id` pairs it with its answer. */
export type EngineRequest =
  | { readonly id: number; readonly kind: 'inspect'; readonly workbook: RawWorkbook }
  | { readonly id: number; readonly kind: 'run'; readonly workbook: RawWorkbook; readonly options: RunOptions };

/** The worker's answer: a result, or the message of the exception the engine threw. */
export type EngineResponse =
  | { readonly id: number; readonly ok: true; readonly result: WorkbookInventory | RunOutcome }
  | { readonly id: number; readonly ok: false; readonly message: string };
