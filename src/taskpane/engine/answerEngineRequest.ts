/**
 * Runs one engine request and turns the outcome (or a thrown error) into a response
 * message. Shared by the worker and by tests, so the worker file stays glue.
 */
import type { EngineRequest, EngineResponse } from './engineMessages';
import type { EngineFunctions } from './mainThreadEngine';

/** Answers a request with the given engine functions; never throws. */
export function answerEngineRequest(request: EngineRequest, engine: EngineFunctions): EngineResponse {
  try {
    const result = request.kind === 'inspect' ? engine.inspectWorkbook(request.workbook) : engine.runQuotePart(request.workbook, request.options);
    return { id: request.id, ok: true, result };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
