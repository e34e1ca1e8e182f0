/**
 * Builds the `RunDetails` of a valid run from its computation: the same values the
 * result tables show, formatted the same way (`formatMoney`, `formatShare`), plus the
 * explanations (cost lines, key terms, criteria, installments) the annexes print.
 */
import { type Q, ZERO, add, div, sub } from '../../numbers/rational';
import { formatExact, formatFixed } from '../../numbers/decimalText';
import { daysInYear } from '../../dates/calendar';
import type { ComputationResult } from '../../compute/runComputation';
import type { ServiceResult } from '../../models/serviceResult';
import type { Titre, TitreLine } from '../../billing/titres';
import { FUNDING_MODELS } from '../../models/registry';
import { supportCostsReceived } from '../../models/costBase';
import { formatMoney, formatShare } from '../../numbers/formatMoney';
import type { QuotePartJson, ResultJson } from '../../contract/resultJson';
import { exactOrRounded, exactText } from '../../numbers/exactOrRounded';
import { describeLine } from '../../billing/describeLine';
import type { InstallmentDetail, RunDetails, ServiceDetail } from '../../contract/runDetails';
import { DEBTOR_ACCOUNTS, debtorAccount } from '../../billing/debtorAccount';

/** What the journal records about the run (copied from `RunOptions`). */
export interface RunInfo {
  readonly generatedAt: string;
  readonly version: string;
  readonly source: string;
}

/** a × b without reducing the fraction (display only: no gcd on large denominators). */
function product(a: Q, b: Q): Q {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** Exact decimal text of a typed value (a decimal: always exact). */
function exactDecimal(v: Q): string {
  return exactText(v) ?? formatExact(v);
}

/**
 * The details of one service; `rows` are its `json.quoteParts` rows (same order as its
 * lines), whose strings are reused so that the annex shows the very values of the JSON.
 */
function serviceDetail(
  r: ServiceResult,
  result: ComputationResult,
  rows: readonly QuotePartJson[],
): ServiceDetail {
  const { input } = result;
  const u = input.parameters.rounding;
  const money = (v: Q) => formatMoney(v, u);
  const s = r.service;
  const charges = input.charges.filter((c) => c.service === s.index);
  const excluded = charges.filter((c) => !c.eligible).reduce((acc, c) => add(acc, c.amount), ZERO);
  const sum = (pick: (l: ServiceResult['lines'][number]) => Q) =>
    r.lines.reduce((acc, l) => add(acc, pick(l)), ZERO);
  const byUnits = FUNDING_MODELS[r.model].sharing === 'units';
  const beforeRounding =
    byUnits && !r.unitCostFixed && r.totalUnits && r.totalUnits.n !== 0n
      ? exactOrRounded(div(r.eligibleBase, r.totalUnits), 6)
      : null;
  return {
    index: s.index,
    name: s.name,
    model: r.model,
    modelLabel: FUNDING_MODELS[r.model].label,
    key: r.key?.expression ?? null,
    unit: s.unit,
    unitCost: r.unitCost ? formatExact(r.unitCost) : null,
    unitCostFixed: r.unitCostFixed,
    unitCostBeforeRounding: beforeRounding?.text ?? null,
    unitCostBeforeRoundingExact: beforeRounding?.exact ?? true,
    totalUnits: r.totalUnits ? formatExact(r.totalUnits) : null,
    feeRate: s.feeRate ? formatExact(s.feeRate) : null,
    settlement: s.settlement,
    execution: s.execution,
    account:
      s.accountGiven || !input.parameters.accountsByDebtorType
        ? s.account
        : `${DEBTOR_ACCOUNTS.communeMembre}, ${DEBTOR_ACCOUNTS.gfpDeRattachement} ou ${DEBTOR_ACCOUNTS.autres} selon le débiteur`,
    installments: s.installments,
    eligibleBase: money(r.eligibleBase),
    supportCosts: money(supportCostsReceived(input, s.index)),
    excluded: money(excluded),
    sharedBase: r.sharedBase ? money(r.sharedBase) : null,
    directTotal: money(sum((l) => l.direct)),
    checkBase: money(r.checkBase),
    total: money(r.total),
    difference: money(sub(r.total, r.checkBase)),
    feeTotal: money(sum((l) => l.fee)),
    billedTotal: money(sum((l) => l.billed)),
    acTotal: money(sum((l) => (l.settlement === 'ac' ? l.quotePart : ZERO))),
    ownUseTotal: money(sum((l) => (l.settlement === 'own-use' ? add(l.quotePart, l.fee) : ZERO))),
    terms: (r.key?.terms ?? []).map((t) => {
      const total = exactOrRounded(t.total, 6);
      return {
        label: t.label,
        kind: t.kind,
        percent: formatExact(t.percent),
        total: total.text,
        totalExact: total.exact,
      };
    }),
    charges: charges.map((c) => ({
      row: c.excelRow,
      label: c.label,
      nature: c.nature,
      section: c.section,
      amount: formatExact(c.amount),
      eligible: c.eligible,
      member: c.member,
    })),
    lines: r.lines.map((l, j) => {
      const exact = exactOrRounded(
        byUnits
          ? product(r.unitCost ?? ZERO, l.units ?? ZERO)
          : product(r.sharedBase ?? ZERO, l.share),
        6,
      );
      const row = rows[j];
      const quotePart = row?.quotePart ?? money(l.quotePart);
      return {
        member: l.member,
        values: (r.key?.terms ?? []).map((t) => exactDecimal(t.values[j] ?? ZERO)),
        units: l.units ? exactDecimal(l.units) : null,
        share: row?.share ?? formatShare(l.share),
        exactAmount: exact.text,
        exactAmountExact: exact.exact,
        allocated: byUnits ? quotePart : money(l.allocated),
        direct: money(l.direct),
        quotePart,
        fee: row?.fee ?? money(l.fee),
        billed: row?.billed ?? money(l.billed),
        settlement: l.settlement,
        calculation: describeLine(input, r, j),
      };
    }),
  };
}

/** Installments of `lines` (of `titre`, or unissued); `amounts` gives the line's JSON amount when it is one piece. */
function installmentsOf(
  titre: Titre | null,
  lines: readonly TitreLine[],
  u: Q,
  amounts: (k: number) => string | undefined,
): InstallmentDetail[] {
  return lines.flatMap((l, k) =>
    l.pieces.map((p) => ({
      service: p.item.service,
      member: p.item.debtor,
      kind: p.item.kind,
      rank: p.installment.rank,
      count: p.installment.count,
      period: p.installment.period.label,
      amount:
        (l.pieces.length === 1 ? amounts(k) : undefined) ?? formatMoney(p.installment.amount, u),
      titre: titre?.number ?? null,
      titrePeriod: titre?.period.label ?? null,
    })),
  );
}

/** The `json.quoteParts` rows of each Référence service (the first rows, in the same order). */
function referenceRows(reference: readonly ServiceResult[], json: ResultJson): QuotePartJson[][] {
  let offset = 0;
  return reference.map((r) => {
    const rows = json.quoteParts.slice(offset, offset + r.lines.length);
    offset += r.lines.length;
    const aligned =
      rows.length === r.lines.length && rows.every((row) => row.service === r.service.name);
    return aligned ? rows : [];
  });
}

/** The details of a computed run, reusing the strings of its JSON (`json`) for shared values. */
export function buildRunDetails(
  result: ComputationResult,
  json: ResultJson,
  run: RunInfo,
): RunDetails {
  const { input, billing } = result;
  const p = input.parameters;
  const u = p.rounding;
  const money = (v: Q) => formatMoney(v, u);
  const reference = result.scenarios[0]?.services ?? [];
  const rows = referenceRows(reference, json);
  let titreLine = 0;
  const lineAmount = (first: number) => (k: number) => json.titres[first + k]?.amount;
  const porteur = input.porteur === null ? null : (input.members[input.porteur]?.name ?? null);
  return {
    run: { generatedAt: run.generatedAt, version: run.version, source: run.source },
    exercice: p.exercice,
    organisme: p.organisme ?? porteur,
    convention: p.convention,
    issueDate: p.issueDate,
    rounding: formatExact(u),
    unitCostRounding: formatExact(p.unitCostRounding),
    method: p.method,
    titreFloor: money(p.titreFloor),
    regularisation: billing.regularisation,
    yearDays: daysInYear(p.exercice),
    scenarios: result.scenarios.map((s) => s.name),
    members: input.members.map((m) => ({
      name: m.name,
      type: m.type,
      siret: m.siret,
      porteur: m.porteur,
      entry: m.entry,
      exit: m.exit,
      presenceDays: m.presenceDays,
      coding: { ...m.extra },
    })),
    services: reference.map((r, k) => serviceDetail(r, result, rows[k] ?? [])),
    titreLines: billing.titres.flatMap((t) =>
      t.lines.map((l) => ({
        debtor: t.debtor,
        service: l.service,
        kind: l.kind,
        model: input.services[l.service]?.model ?? null,
        issueDate: t.issueDate,
      })),
    ),
    installments: [
      // The schedules show the whole year, even when the run writes one period's titres.
      ...(billing.allTitres ?? billing.titres).flatMap((t) => {
        const first = titreLine;
        titreLine += t.lines.length;
        return installmentsOf(
          t,
          t.lines,
          u,
          billing.allTitres ? () => undefined : lineAmount(first),
        );
      }),
      ...billing.unissued.flatMap((x) => installmentsOf(null, x.lines, u, () => undefined)),
    ],
    reductions: billing.reductions.map((r) => ({
      debtor: r.debtor,
      service: r.service,
      billed: money(r.billed),
      acompte: money(r.acompte),
      amount: money(r.amount),
      account: debtorAccount(input, r.service, r.debtor),
    })),
    compensation: result.compensation.map((c, k) => {
      const row = json.compensation[k];
      return {
        member: c.member,
        before: row?.before ?? money(c.before),
        services: c.services.map((s) => ({ service: s.service, amount: money(s.amount) })),
        imputed: row?.imputed ?? money(c.imputed),
        after: row?.after ?? money(c.after),
        negative: c.negative,
      };
    }),
    comparison: result.comparison.map((c, k) => {
      const row = json.comparison[k];
      return {
        member: c.member,
        scenario: c.scenario,
        total: row?.total ?? money(c.total),
        delta: row?.delta ?? money(c.delta),
        deltaRatio: c.deltaRatio ? formatFixed(c.deltaRatio, 6) : null,
        standalone: row ? row.standalone : c.standalone ? money(c.standalone) : null,
        gain: row ? row.gain : c.gain ? money(c.gain) : null,
        notGaining: c.notGaining,
      };
    }),
  };
}
