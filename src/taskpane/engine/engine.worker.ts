/**
 * Web Worker entry: runs the engine off the task pane's thread and keeps the latest runs,
 * whose details (annexes, report, export) are built here on request. Glue only: the work
 * is in `answerEngineRequest`.
 */
import {
  buildConventionAnnex,
  buildMemberAnnexPlan,
  buildReport,
  exportTitres,
  inspectWorkbook,
  runQuotePart,
} from '../../engine';
import { answerEngineRequest } from './answerEngineRequest';
import type { EngineRequest, EngineResponse } from './engineMessages';
import { KeptRuns } from './keptRuns';

/** The part of the worker global scope used here (the DOM lib types `self` as a Window). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (message: EngineResponse) => void;
};

const scope = self as unknown as WorkerScope;
const engine = {
  inspectWorkbook,
  runQuotePart,
  buildMemberAnnexPlan,
  exportTitres,
  buildReport,
  buildConventionAnnex,
};
const runs = new KeptRuns();
scope.onmessage = (event) => {
  scope.postMessage(answerEngineRequest(event.data, engine, runs));
};
