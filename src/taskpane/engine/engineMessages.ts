/**
 * Messages exchanged with the engine worker. Everything is plain data (structured clone),
 * which the engine's inputs and outputs already are. A run's outcome stays in the worker
 * after it is answered: later requests name it by the `id` of the run request (`run`).
 */
import type {
  ConventionAnnexModel,
  PlanRow,
  RawWorkbook,
  RunOptions,
  TitresExport,
  WorkbookInventory,
  WritePlan,
} from '../../engine';
import type { PostedRun } from './outcomeWithoutDetails';
import type { UploadedWorkbook, WorkbookPart } from './workbookParts';

/** The workbook of a request: sent whole, or uploaded before in parts (`upload` requests). */
export type WorkbookArgument = RawWorkbook | UploadedWorkbook;

/** A call sent to the worker; `id` pairs it with its answer. */
export type EngineRequest =
  | {
      readonly id: number;
      readonly kind: 'upload';
      readonly upload: number;
      readonly part: WorkbookPart;
    }
  | { readonly id: number; readonly kind: 'inspect'; readonly workbook: WorkbookArgument }
  | {
      readonly id: number;
      readonly kind: 'run';
      readonly workbook: WorkbookArgument;
      readonly options: RunOptions;
    }
  | {
      readonly id: number;
      readonly kind: 'memberAnnex';
      readonly run: number;
      readonly member: string;
    }
  | { readonly id: number; readonly kind: 'export'; readonly run: number; readonly profile: string }
  | {
      readonly id: number;
      readonly kind: 'report';
      readonly run: number;
      readonly member?: string;
    }
  | {
      readonly id: number;
      readonly kind: 'conventionAnnex';
      readonly run: number;
      readonly service?: string;
    }
  | {
      readonly id: number;
      readonly kind: 'planRows';
      readonly run: number;
      /** Where the table is in the plan, and which of its rows (0-based `start`, `count`). */
      readonly sheet: number;
      readonly block: number;
      readonly start: number;
      readonly count: number;
    };

/** What the worker answers to each kind of request (a run comes as a `PostedRun`). */
export type EngineResult =
  | WorkbookInventory
  | PostedRun
  | WritePlan
  | TitresExport
  | string
  | readonly PlanRow[]
  | ConventionAnnexModel
  | null;

/** The worker's answer: a result, or the message of the exception the engine threw. */
export type EngineResponse =
  | { readonly id: number; readonly ok: true; readonly result: EngineResult }
  | { readonly id: number; readonly ok: false; readonly message: string };
