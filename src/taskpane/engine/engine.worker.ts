/**
 * Web Worker entry: runs the engine off the task pane's thread. Glue only: the work is in
 * `answerEngineRequest`.
 */
import { inspectWorkbook, runQuotePart } from '../../engine';
import { answerEngineRequest } from './answerEngineRequest';
import type { EngineRequest, EngineResponse } from './engineMessages';

/** The part of the worker global scope used here (the DOM lib types `self` as a Window). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (message: EngineResponse) => void;
};

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  scope.postMessage(answerEngineRequest(event.data, { inspectWorkbook, runQuotePart }));
};
