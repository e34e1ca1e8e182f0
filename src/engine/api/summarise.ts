/** The printed/displayed summary of a run (per service and scenario, titres, problems). */
import type { RunSummary } from '../contract/runTypes';
import type { ComputationResult } from '../compute/runComputation';
import type { Problem } from '../problems/problem';
import { ZERO, add, sign } from '../numbers/rational';
import { formatMoney } from '../numbers/formatMoney';
import { FUNDING_MODELS } from '../models/registry';
import { comparePeriodsForDisplay, type Period } from '../billing/periods';
import { quotePartCount, titreLineCount } from '../output/buildPlan';

/** Members and groups of `CoutsAutonomes` that would gain by leaving in `scenario`; null when none is given. */
function wouldLeave(result: ComputationResult, scenario: string): string[] | null {
  const members = result.comparison.filter((c) => c.scenario === scenario && c.gain !== null);
  const groups = result.coalitions.filter((c) => c.scenario === scenario);
  if (members.length === 0 && groups.length === 0) return null;
  return [
    ...members.filter((c) => c.notGaining).map((c) => result.input.members[c.member]?.name ?? ''),
    ...groups.filter((c) => !c.stable).map((c) => result.input.coalitions[c.coalition]?.name ?? ''),
  ];
}

/** Periods of the year's titres (those selected away included), by first day, the longer first. */
function titrePeriods(result: ComputationResult): string[] {
  const periods = new Map<string, Period>();
  for (const t of result.billing.allTitres ?? result.billing.titres)
    periods.set(t.period.label, t.period);
  return [...periods.values()].sort(comparePeriodsForDisplay).map((p) => p.label);
}

/** Summary of a computed run. */
export function summarise(
  result: ComputationResult | null,
  problems: readonly Problem[],
  exercice: number | null,
): RunSummary {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (!result)
    return {
      exercice,
      services: [],
      scenarios: [],
      quoteParts: 0,
      titres: 0,
      periods: [],
      titreLines: 0,
      titresTotal: '0.00',
      reductions: 0,
      errors,
      warnings,
    };
  const u = result.input.parameters.rounding;
  const reference = new Map(
    result.comparison
      .filter((c) => c.scenario === result.scenarios[0]?.name)
      .map((c) => [c.member, c.total]),
  );
  return {
    exercice,
    services: result.scenarios.flatMap((s) =>
      s.services.map((r) => ({
        scenario: s.name,
        service: r.service.name,
        model: FUNDING_MODELS[r.model].label,
        base: formatMoney(r.checkBase, u),
        total: formatMoney(r.total, u),
        difference: formatMoney(add(r.total, { n: -r.checkBase.n, d: r.checkBase.d }), u),
        participants: r.lines.length,
      })),
    ),
    scenarios: result.scenarios.map((s) => {
      const lines = result.comparison.filter((c) => c.scenario === s.name);
      const withStandalone = lines.filter((c) => c.gain !== null);
      return {
        scenario: s.name,
        total: formatMoney(
          lines.reduce((acc, c) => add(acc, c.total), ZERO),
          u,
        ),
        losers: lines.filter((c) => sign(c.delta) > 0 && reference.has(c.member)).length,
        membersNotGaining: withStandalone.length
          ? withStandalone.filter((c) => c.notGaining).length
          : null,
        wouldLeave: wouldLeave(result, s.name),
      };
    }),
    quoteParts: quotePartCount(result),
    titres: result.billing.titres.length,
    periods: titrePeriods(result),
    titreLines: titreLineCount(result),
    titresTotal: formatMoney(
      result.billing.titres.reduce((acc, t) => add(acc, t.total), ZERO),
      u,
    ),
    reductions: result.billing.reductions.length,
    errors,
    warnings,
  };
}
