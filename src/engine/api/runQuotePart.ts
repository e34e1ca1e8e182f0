/**
 * The engine's main entry point: raw workbook in, results, JSON and write plan out.
 * Pure and total: bad data never throws, it comes back as problems with
 * `status: 'invalid'` and no plan, so that nothing at all is written.
 */
import type { RawWorkbook } from '../input/rawWorkbook';
import type { RunOptions, RunOutcome } from '../contract/runTypes';
import type { ResultJson } from '../contract/resultJson';
import { ProblemList } from '../problems/problemList';
import { buildInputModel } from '../parse/buildInputModel';
import { runComputation, type ComputationResult } from '../compute/runComputation';
import { selectPeriod } from '../billing/selectPeriod';
import { periodLabels } from '../parse/parseSchedule';
import { M } from '../problems/messages';
import { LiquidationWriter } from '../billing/liquidation';
import { ResultJsonSource, toIssues } from '../output/toResultJson';
import { buildPlan } from '../output/buildPlan';
import { summarise } from './summarise';
import { buildRunDetails } from '../annex/details/buildRunDetails';
import { annexSheets } from '../annex/annexSheets';
import { resolveAnnexMember } from '../annex/resolveAnnexMember';
import { checkAllKeys } from '../compute/checkAllKeys';
import type { RunDetails } from '../contract/runDetails';
import type { InputModel } from '../domain/inputModel';
import { ANNEX_MEMBER_LIMIT } from '../contract/tables';

/** Whether to write the annex sheets: `Annexes` when given, else up to ANNEX_MEMBER_LIMIT members (or a per-member annex asked). */
function wantsAnnexes(input: InputModel, annexMember: unknown): boolean {
  return (
    input.parameters.annexes ??
    (annexMember !== null && annexMember !== undefined
      ? true
      : input.members.length <= ANNEX_MEMBER_LIMIT)
  );
}

function emptyJson(issues: ResultJson['issues']): ResultJson {
  return {
    quoteParts: [],
    titres: [],
    reductions: [],
    compensation: [],
    comparison: [],
    coalitions: [],
    evolution: [],
    checks: [],
    ventilation: [],
    ventilationTotals: [],
    issues,
  };
}

/** The run with the titres of `period` only, or null (and an error) when the Exercice has no such period. */
function withPeriod(
  result: ComputationResult,
  period: string,
  problems: ProblemList,
): ComputationResult | null {
  const labels = periodLabels(result.input.parameters.exercice);
  const label = labels.find((l) => l.toUpperCase() === period.trim().toUpperCase());
  if (label === undefined) {
    problems.error(
      'PERIODE_DEMANDEE_INCONNUE',
      { table: 'Parametres', column: 'Exercice', value: period },
      M.unknownRequestedPeriod(period, result.input.parameters.exercice),
    );
    return null;
  }
  return { ...result, billing: selectPeriod(result.billing, label) };
}

/** Computes everything the contract asks from a workbook. */
export function runQuotePart(workbook: RawWorkbook, options: RunOptions): RunOutcome {
  const problems = new ProblemList();
  const input = buildInputModel(workbook, problems);
  if (input && problems.hasErrors()) checkAllKeys(input, problems);
  const computed = input && !problems.hasErrors() ? runComputation(input, problems) : null;
  if (!input || !computed || problems.hasErrors()) {
    const all = problems.all();
    const json = emptyJson(toIssues(all));
    return {
      status: 'invalid',
      problems: all,
      json,
      jsonRows: () => json,
      plan: null,
      summary: summarise(null, all, input?.parameters.exercice ?? null),
    };
  }
  const result =
    options.period === undefined || options.period.trim() === ''
      ? computed
      : withPeriod(computed, options.period, problems);
  if (!result) {
    const all = problems.all();
    const json = emptyJson(toIssues(all));
    return {
      status: 'invalid',
      problems: all,
      json,
      jsonRows: () => json,
      plan: null,
      summary: summarise(null, all, input.parameters.exercice),
    };
  }
  const annexMember = resolveAnnexMember(input.members, options.annexMember, problems);
  const all = problems.all();
  const liquidation = new LiquidationWriter(
    input,
    result.scenarios[0]?.services ?? [],
    result.billing.acomptes,
  );
  const source = new ResultJsonSource(result, all, liquidation);
  let details: RunDetails | undefined;
  const detailsOf = (): RunDetails => (details ??= buildRunDetails(result, source.json, options));
  const plan = buildPlan(
    result,
    source,
    all,
    options,
    wantsAnnexes(input, annexMember)
      ? annexSheets({ details: detailsOf(), json: source.json }, annexMember)
      : [],
  );
  return {
    status: 'ok',
    problems: all,
    // Built when first read: a command-line run streams `jsonRows()` and the plan's generated rows instead.
    get json(): ResultJson {
      return source.json;
    },
    jsonRows: () => source.rows(),
    observeGeneratedRows: (observer) => source.observeGeneratedRows(observer),
    plan,
    summary: summarise(result, all, input.parameters.exercice),
    // Built when first read (annex sheets, report): large workbooks without annexes never pay for it.
    get details(): RunDetails {
      return detailsOf();
    },
  };
}
