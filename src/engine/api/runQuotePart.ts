/**
 * The engine's main entry point: raw workbook in, results, JSON and write plan out.
 * Pure and total: bad data never throws, it comes back as problems with
 * `status: 'invalid'` and no plan, so that nothing at all is written.
 */
import type { RawWorkbook } from '../input/rawWorkbook';
import type { RunOptions, RunOutcome } from './runTypes';
import type { ResultJson } from './resultJson';
import { ProblemList } from '../problems/problemList';
import { buildInputModel } from '../parse/buildInputModel';
import { runComputation } from '../compute/runComputation';
import { LiquidationWriter } from '../billing/liquidation';
import { toIssues, toResultJson } from '../output/toResultJson';
import { buildPlan } from '../output/buildPlan';
import { summarise } from './summarise';
import { buildRunDetails } from '../annex/details/buildRunDetails';
import { annexSheets } from '../annex/annexSheets';
import { resolveAnnexMember } from '../annex/resolveAnnexMember';
import { checkAllKeys } from '../keys/checkAllKeys';

function emptyJson(issues: ResultJson['issues']): ResultJson {
  return { quoteParts: [], titres: [], reductions: [], compensation: [], comparison: [], checks: [], issues };
}

/** Computes everything the contract asks from a workbook. */
export function runQuotePart(workbook: RawWorkbook, options: RunOptions): RunOutcome {
  const problems = new ProblemList();
  const input = buildInputModel(workbook, problems);
  if (input && problems.hasErrors()) checkAllKeys(input, problems);
  const result = input && !problems.hasErrors() ? runComputation(input, problems) : null;
  if (!input || !result || problems.hasErrors()) {
    const all = problems.all();
    return { status: 'invalid', problems: all, json: emptyJson(toIssues(all)), plan: null, summary: summarise(null, all, input?.parameters.exercice ?? null) };
  }
  const annexMember = resolveAnnexMember(input.members, options.annexMember, problems);
  const all = problems.all();
  const liquidation = new LiquidationWriter(input, result.scenarios[0]?.services ?? [], result.billing.acomptes);
  const json = toResultJson(result, all, liquidation);
  const details = buildRunDetails(result, json, options);
  const plan = buildPlan(result, json, all, options, annexSheets({ details, json }, annexMember));
  return { status: 'ok', problems: all, json, plan, summary: summarise(result, all, input.parameters.exercice), details };
}
