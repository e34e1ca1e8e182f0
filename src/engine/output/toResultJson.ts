/**
 * The `--json` document of contract §5, from the computation: exact decimal strings,
 * field names as the contract gives them.
 */
import type { ComputationResult } from '../compute/runComputation';
import type { ResultJson, IssueJson } from '../api/resultJson';
import type { Problem } from '../problems/problem';
import { formatExact } from '../numbers/decimalText';
import { formatMoney, formatShare } from './formatMoney';
import type { LiquidationWriter } from '../billing/liquidation';

/** Problems as `issues` rows. */
export function toIssues(problems: readonly Problem[]): IssueJson[] {
  return problems.map((p) => ({ severity: p.severity, code: p.code, table: p.table, row: p.row, column: p.column, value: p.value, message: p.message }));
}

/** The complete JSON result of a valid run. */
export function toResultJson(result: ComputationResult, problems: readonly Problem[], liquidation: LiquidationWriter): ResultJson {
  const { input } = result;
  const u = input.parameters.rounding;
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, u);
  const name = (i: number) => input.members[i]?.name ?? '';
  const service = (i: number) => input.services[i]?.name ?? '';
  return {
    quoteParts: result.scenarios.flatMap((s) =>
      s.services.flatMap((r) =>
        r.lines.map((l) => ({
          scenario: s.name,
          service: r.service.name,
          model: r.model,
          member: name(l.member),
          share: formatShare(l.share),
          unitCost: r.unitCost ? formatExact(r.unitCost) : null,
          quotePart: money(l.quotePart),
          fee: money(l.fee),
          billed: money(l.billed),
          settlement: l.settlement,
        })),
      ),
    ),
    titres: result.billing.titres.flatMap((t) =>
      t.lines.map((l, k) => ({
        number: t.number,
        line: k + 1,
        period: t.period.label,
        debtor: name(t.debtor),
        service: service(l.service),
        account: input.services[l.service]?.account ?? '',
        amount: money(l.amount),
        liquidation: liquidation.text(t, l),
      })),
    ),
    reductions: result.billing.reductions.map((r) => ({ debtor: name(r.debtor), service: service(r.service), amount: money(r.amount) })),
    compensation: result.compensation.map((c) => ({ member: name(c.member), before: money(c.before), imputed: money(c.imputed), after: money(c.after) })),
    comparison: result.comparison.map((c) => ({
      member: name(c.member),
      scenario: c.scenario,
      total: money(c.total),
      delta: money(c.delta),
      standalone: c.standalone ? money(c.standalone) : null,
      gain: c.gain ? money(c.gain) : null,
    })),
    checks: result.checks.map((c) => ({ scenario: c.scenario, service: service(c.service), base: money(c.base), total: money(c.total), difference: money(c.difference) })),
    issues: toIssues(problems),
  };
}
