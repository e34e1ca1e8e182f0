/**
 * The write plan of a valid run (§4): the sheets QuotePart owns, in a fixed order.
 * Sheets with nothing to show (no AC settlement, no régularisation) are left out.
 */
import type { WritePlan, PlanSheet } from '../plan/writePlan';
import type { ComputationResult } from '../compute/runComputation';
import type { ResultJson } from '../api/resultJson';
import type { RunOptions } from '../api/runTypes';
import type { Problem } from '../problems/problem';
import { quotePartsSheet } from './sheets/quotePartsSheet';
import { titresSheet } from './sheets/titresSheet';
import { reductionsSheet } from './sheets/reductionsSheet';
import { compensationSheet } from './sheets/compensationSheet';
import { comparisonSheet } from './sheets/comparisonSheet';
import { checksSheet } from './sheets/checksSheet';
import { problemsSheet } from './sheets/problemsSheet';
import { journalSheet } from './sheets/journalSheet';

/** Builds every output sheet; `annexes` (the printable `QP Annexe …` sheets) come last. */
export function buildPlan(result: ComputationResult, json: ResultJson, problems: readonly Problem[], options: RunOptions, annexes: readonly PlanSheet[] = []): WritePlan {
  const sheets: PlanSheet[] = [quotePartsSheet(result, json.quoteParts), titresSheet(result, json.titres)];
  if (result.billing.regularisation) sheets.push(reductionsSheet(result));
  if (result.compensation.length > 0) sheets.push(compensationSheet(result));
  sheets.push(comparisonSheet(result));
  sheets.push(checksSheet(result, problems.filter((p) => p.severity === 'warning')));
  sheets.push(problemsSheet(problems));
  sheets.push(journalSheet(result, options, problems));
  sheets.push(...annexes);
  return { sheets };
}
