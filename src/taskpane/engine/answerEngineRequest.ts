/**
 * Runs one engine request and turns the outcome (or a thrown error) into a response
 * message. Shared by the worker and by tests, so the worker file stays glue. A run's
 * outcome is kept (`runs`) and answered without its details; requests about that run
 * (member annex, export, report, rows of the plan) are then answered from the kept outcome.
 */
import type { EngineRequest, EngineResponse, EngineResult } from './engineMessages';
import type { KeptRuns } from './keptRuns';
import type { EngineFunctions } from './mainThreadEngine';
import { outcomeWithoutDetails } from './outcomeWithoutDetails';

/** The result of one request; throws what the engine throws. */
function resultOf(request: EngineRequest, engine: EngineFunctions, runs: KeptRuns): EngineResult {
  switch (request.kind) {
    case 'inspect':
      return engine.inspectWorkbook(request.workbook);
    case 'run': {
      const outcome = engine.runQuotePart(request.workbook, request.options);
      runs.keep(request.id, outcome);
      return outcomeWithoutDetails(outcome);
    }
    case 'memberAnnex':
      return engine.buildMemberAnnexPlan(runs.get(request.run), request.member);
    case 'export':
      return engine.exportTitres(runs.get(request.run), request.profile);
    case 'report':
      return engine.buildReport(
        runs.get(request.run),
        request.member === undefined ? {} : { member: request.member },
      );
    case 'conventionAnnex':
      return engine.buildConventionAnnex(
        runs.get(request.run),
        request.service === undefined ? {} : { service: request.service },
      );
    case 'planRows':
      return runs.planRows(request.run, request.sheet, request.block, request.start, request.count);
  }
}

/** Answers a request with the given engine functions; never throws. */
export function answerEngineRequest(
  request: EngineRequest,
  engine: EngineFunctions,
  runs: KeptRuns,
): EngineResponse {
  try {
    return { id: request.id, ok: true, result: resultOf(request, engine, runs) };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
