/**
 * The write plan of a valid run (§4): the sheets QuotePart owns, in a fixed order.
 * Sheets with nothing to show (no AC settlement, no régularisation) are left out.
 */
import type { WritePlan, PlanSheet } from '../plan/writePlan';
import type { ComputationResult } from '../compute/runComputation';
import type { ResultJsonSource } from './toResultJson';
import type { RunOptions } from '../contract/runTypes';
import type { Problem } from '../problems/problem';
import { quotePartsSheet } from './sheets/quotePartsSheet';
import { titresSheet } from './sheets/titresSheet';
import { reductionsSheet } from './sheets/reductionsSheet';
import { compensationSheet } from './sheets/compensationSheet';
import { comparisonSheet } from './sheets/comparisonSheet';
import { evolutionSheet } from './sheets/evolutionSheet';
import { checksSheet } from './sheets/checksSheet';
import { problemsSheet } from './sheets/problemsSheet';
import { journalSheet } from './sheets/journalSheet';
import { ventilationSheet } from './sheets/ventilationSheet';

/** Number of quote-part rows (scenario × service × participant). */
export function quotePartCount(result: ComputationResult): number {
  return result.scenarios.reduce(
    (n, s) => n + s.services.reduce((m, r) => m + r.lines.length, 0),
    0,
  );
}

/** Number of titre lines. */
export function titreLineCount(result: ComputationResult): number {
  return result.billing.titres.reduce((n, t) => n + t.lines.length, 0);
}

/**
 * Builds every output sheet; `annexes` (the printable `QP Annexe …` sheets) come last.
 * The quote-parts and titres tables are generated rows, produced from `source` when written.
 */
export function buildPlan(
  result: ComputationResult,
  source: ResultJsonSource,
  problems: readonly Problem[],
  options: RunOptions,
  annexes: readonly PlanSheet[] = [],
): WritePlan {
  const sheets: PlanSheet[] = [
    quotePartsSheet(source, quotePartCount(result)),
    titresSheet(result, source, titreLineCount(result)),
  ];
  if (result.billing.regularisation) sheets.push(reductionsSheet(result));
  if (result.compensation.length > 0) sheets.push(compensationSheet(result));
  const ventilation = ventilationSheet(result);
  if (ventilation) sheets.push(ventilation);
  sheets.push(comparisonSheet(result));
  const evolution = evolutionSheet(result);
  if (evolution) sheets.push(evolution);
  sheets.push(
    checksSheet(
      result,
      problems.filter((p) => p.severity === 'warning'),
    ),
  );
  sheets.push(problemsSheet(problems));
  sheets.push(journalSheet(result, options, problems));
  sheets.push(...annexes);
  return { sheets };
}
