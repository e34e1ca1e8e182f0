/**
 * Builds the `RunDetails` of a valid run from its computation: the same values the
 * result tables show, formatted the same way (`formatMoney`, `formatShare`), plus the
 * explanations (cost lines, key terms, criteria, installments) the annexes print.
 */
import { type Q, ZERO, add, div, mul, sub } from '../../numbers/rational';
import { formatExact, formatFixed } from '../../numbers/decimalText';
import { daysInYear } from '../../dates/calendar';
import type { ComputationResult } from '../../compute/runComputation';
import type { ServiceResult } from '../../models/serviceResult';
import type { Titre, TitreLine } from '../../billing/titres';
import { FUNDING_MODELS } from '../../models/registry';
import { formatMoney, formatShare } from '../../output/formatMoney';
import { titreObject } from '../../output/sheets/titresSheet';
import { exactOrRounded } from './exactOrRounded';
import type { InstallmentDetail, RunDetails, ServiceDetail } from './runDetails';

/** What the journal records about the run (copied from `RunOptions`). */
export interface RunInfo {
  readonly generatedAt: string;
  readonly version: string;
  readonly source: string;
}

function serviceDetail(r: ServiceResult, result: ComputationResult): ServiceDetail {
  const { input } = result;
  const u = input.parameters.rounding;
  const money = (v: Q) => formatMoney(v, u);
  const s = r.service;
  const charges = input.charges.filter((c) => c.service === s.index);
  const excluded = charges.filter((c) => !c.eligible).reduce((acc, c) => add(acc, c.amount), ZERO);
  const sum = (pick: (l: ServiceResult['lines'][number]) => Q) => r.lines.reduce((acc, l) => add(acc, pick(l)), ZERO);
  const beforeRounding = r.model === 'mise-a-disposition' && !r.unitCostFixed && r.totalUnits && r.totalUnits.n !== 0n ? exactOrRounded(div(r.eligibleBase, r.totalUnits), 6) : null;
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
    account: s.account,
    installments: s.installments,
    eligibleBase: money(r.eligibleBase),
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
      return { label: t.label, kind: t.kind, percent: formatExact(t.percent), total: total.text, totalExact: total.exact };
    }),
    charges: charges.map((c) => ({ row: c.excelRow, label: c.label, nature: c.nature, section: c.section, amount: formatExact(c.amount), eligible: c.eligible, member: c.member })),
    lines: r.lines.map((l, j) => {
      const exact = exactOrRounded(r.model === 'mise-a-disposition' ? mul(r.unitCost ?? ZERO, l.units ?? ZERO) : mul(r.sharedBase ?? ZERO, l.share), 6);
      return {
        member: l.member,
        values: (r.key?.terms ?? []).map((t) => formatExact(t.values[j] ?? ZERO)),
        units: l.units ? formatExact(l.units) : null,
        share: formatShare(l.share),
        exactAmount: exact.text,
        exactAmountExact: exact.exact,
        allocated: money(l.allocated),
        direct: money(l.direct),
        quotePart: money(l.quotePart),
        fee: money(l.fee),
        billed: money(l.billed),
        settlement: l.settlement,
      };
    }),
  };
}

function installmentsOf(titre: Titre | null, lines: readonly TitreLine[], u: Q): InstallmentDetail[] {
  return lines.flatMap((l) =>
    l.pieces.map((p) => ({
      service: p.item.service,
      member: p.item.debtor,
      kind: p.item.kind,
      rank: p.installment.rank,
      count: p.installment.count,
      period: p.installment.period.label,
      amount: formatMoney(p.installment.amount, u),
      titre: titre?.number ?? null,
      titrePeriod: titre?.period.label ?? null,
    })),
  );
}

/** The details of a computed run. */
export function buildRunDetails(result: ComputationResult, run: RunInfo): RunDetails {
  const { input, billing } = result;
  const p = input.parameters;
  const u = p.rounding;
  const money = (v: Q) => formatMoney(v, u);
  const reference = result.scenarios[0]?.services ?? [];
  const serviceName = (i: number) => input.services[i]?.name ?? '';
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
    services: reference.map((r) => serviceDetail(r, result)),
    titreLines: billing.titres.flatMap((t) => t.lines.map((l) => ({ debtor: t.debtor, service: l.service, kind: l.kind, object: titreObject(serviceName(l.service), l.kind, t.period.label) }))),
    installments: [...billing.titres.flatMap((t) => installmentsOf(t, t.lines, u)), ...billing.unissued.flatMap((x) => installmentsOf(null, x.lines, u))],
    reductions: billing.reductions.map((r) => ({
      debtor: r.debtor,
      service: r.service,
      billed: money(r.billed),
      acompte: money(r.acompte),
      amount: money(r.amount),
      account: input.services[r.service]?.account ?? '',
    })),
    compensation: result.compensation.map((c) => ({
      member: c.member,
      before: money(c.before),
      services: c.services.map((s) => ({ service: s.service, amount: money(s.amount) })),
      imputed: money(c.imputed),
      after: money(c.after),
      negative: c.negative,
    })),
    comparison: result.comparison.map((c) => ({
      member: c.member,
      scenario: c.scenario,
      total: money(c.total),
      delta: money(c.delta),
      deltaRatio: c.deltaRatio ? formatFixed(c.deltaRatio, 6) : null,
      standalone: c.standalone ? money(c.standalone) : null,
      gain: c.gain ? money(c.gain) : null,
      notGaining: c.notGaining,
    })),
  };
}
