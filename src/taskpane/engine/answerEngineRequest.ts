/**
 * Runs one engine request and turns the outcome (or a thrown error) into a response
 * message. Shared by the worker and by tests, so the worker file stays glue. A run's
 * outcome is kept (`runs`) and answered without its details; requests about that run
 * (member annex, export, report, rows of the plan) are then answered from the kept outcome.
 */
import type { RawWorkbook } from '../../engine';
import type {
  EngineRequest,
  EngineResponse,
  EngineResult,
  WorkbookArgument,
} from './engineMessages';
import type { KeptRuns } from './keptRuns';
import type { EngineFunctions } from './mainThreadEngine';
import { outcomeWithoutDetails } from './outcomeWithoutDetails';

/** The workbook a request names: itself, or the one put together from its uploaded parts. */
function workbookOf(argument: WorkbookArgument, runs: KeptRuns): RawWorkbook {
  return 'upload' in argument ? runs.workbooks.workbook(argument.upload) : argument;
}

/** The result of one request; throws what the engine throws. */
function resultOf(request: EngineRequest, engine: EngineFunctions, runs: KeptRuns): EngineResult {
  switch (request.kind) {
    case 'upload':
      runs.workbooks.receive(request.upload, request.part);
      return null;
    case 'inspect':
      return engine.inspectWorkbook(workbookOf(request.workbook, runs));
    case 'run': {
      const outcome = engine.runQuotePart(workbookOf(request.workbook, runs), request.options);
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
