/**
 * Builds the `LineCalculation` of one participant of one service from the exact results
 * of the run: every figure is the one the result tables show (`formatMoney`), and every
 * rounding states the exact amount it starts from, so that the text recomputes.
 */
import { tierShareText } from './tierText';
import { type Q, ZERO, sub } from '../numbers/rational';
import { formatExact } from '../numbers/decimalText';
import { exactOrRounded, exactText } from '../numbers/exactOrRounded';
import { parseDecimal } from '../numbers/decimalText';
import { roundToUnit } from '../numbers/round';
import { formatMoney, formatShare } from '../numbers/formatMoney';
import { daysInYear } from '../dates/calendar';
import type { InputModel } from '../domain/inputModel';
import type { ParticipantLine, ServiceResult } from '../models/serviceResult';
import { FUNDING_MODELS } from '../models/registry';
import type { ResolvedTerm } from '../keys/resolveKey';
import type {
  CalculationStep,
  Figure,
  LineCalculation,
  Rounding,
} from '../calculation/lineCalculation';

/** a × b without reducing the fraction (display only: no gcd on large denominators). */
export function product(a: Q, b: Q): Q {
  return { n: a.n * b.n, d: a.d * b.d };
}

function figure(v: Q): Figure {
  return exactOrRounded(v, 6);
}

/** Per key term, its total as shown (plain and in value-days): the same for every participant. */
const TERM_TOTALS = new WeakMap<object, { inDays: boolean; total: Figure }>();

/** A key term's total as shown, and whether it is written in value-days (cached per term). */
export function termTotal(t: ResolvedTerm, yearDays: number): { inDays: boolean; total: Figure } {
  let cached = TERM_TOTALS.get(t);
  if (cached === undefined) {
    // A periodic total (presence fractions) is written exactly in value-days.
    const inDays = t.kind !== 'usage' && exactText(t.total) === null;
    cached = {
      inDays,
      total: figure(inDays ? { n: t.total.n * BigInt(yearDays), d: t.total.d } : t.total),
    };
    TERM_TOTALS.set(t, cached);
  }
  return cached;
}

/** Exact decimal text of a typed value (a decimal: always exact). */
export function exactDecimal(v: Q): string {
  return exactText(v) ?? formatExact(v);
}

/** Figure of each tier share φ: the members of one level share the same `Q`, written once. */
const TIER_VALUE_FIGURE = new WeakMap<Q, Figure>();

/**
 * A tier share φ as shown, written once per level (the `Q` every member of it shares):
 * exact when it has at most 12 decimals, else rounded to 12 and flagged for `≈` — a
 * periodic φ (an increment shared by 3 members) is never passed off as exact.
 */
export function tierValueFigure(v: Q): Figure {
  let shown = TIER_VALUE_FIGURE.get(v);
  if (shown === undefined) TIER_VALUE_FIGURE.set(v, (shown = exactOrRounded(v, 12)));
  return shown;
}

/**
 * The rounding of `exact` to `result`: `nearest` is the shown exact amount rounded half
 * away from zero, so that a reader rounding the printed figure finds it; the difference
 * to the result is the largest remainder's unit.
 */
export function rounding(exact: Q, result: Q, u: Q): Rounding {
  const shown = figure(exact);
  const nearest = roundToUnit(shown.exact ? exact : (parseDecimal(shown.text) ?? exact), u);
  const gap = sub(result, nearest);
  return {
    exact: shown,
    nearest: formatMoney(nearest, u),
    adjustment: gap.n === 0n ? null : formatMoney(gap, u),
    result: formatMoney(result, u),
  };
}

/** The calculation of the participant at position `j` of `r` (a Référence result). */
export function describeLine(input: InputModel, r: ServiceResult, j: number): LineCalculation {
  const line = r.lines[j] as ParticipantLine;
  const p = input.parameters;
  const u = p.rounding;
  const money = (v: Q) => formatMoney(v, u);
  const steps: CalculationStep[] = [];
  const row = FUNDING_MODELS[r.model];
  if (row.sharing === 'units') {
    const unitCost = r.unitCost ?? ZERO;
    const units = line.units ?? ZERO;
    const totalUnits = r.totalUnits ?? ZERO;
    steps.push({
      kind: 'unit-cost',
      unitCost: formatExact(unitCost),
      unit: r.service.unit ?? '',
      units: exactDecimal(units),
      derivation:
        r.unitCostFixed || totalUnits.n === 0n
          ? null
          : {
              cost: money(r.eligibleBase),
              totalUnits: formatExact(totalUnits),
              quotient: figure({
                n: r.eligibleBase.n * totalUnits.d,
                d: r.eligibleBase.d * totalUnits.n,
              }),
              rounding: formatExact(p.unitCostRounding),
            },
      amount: rounding(product(unitCost, units), line.quotePart, u),
    });
  } else {
    const yearDays = daysInYear(p.exercice);
    const days = input.members[line.member]?.presenceDays ?? yearDays;
    const base = r.sharedBase ?? ZERO;
    steps.push({
      kind: 'share',
      terms: (r.key?.terms ?? []).map((t) => {
        const prorated = t.kind !== 'usage';
        const { inDays, total } = termTotal(t, yearDays);
        return {
          label: t.label,
          kind: t.kind,
          percent: formatExact(t.percent),
          value:
            t.kind === 'egalitaire'
              ? { text: '1', exact: true }
              : t.kind === 'palier'
                ? tierValueFigure(t.values[j] ?? ZERO)
                : { text: exactDecimal(t.values[j] ?? ZERO), exact: true },
          presence: inDays
            ? { form: 'days' as const, days, yearDays }
            : prorated && days !== yearDays
              ? { form: 'fraction' as const, days, yearDays }
              : null,
          total,
        };
      }),
      share:
        exactText(line.share) !== null
          ? figure(line.share)
          : { text: formatShare(line.share), exact: false },
      base: money(base),
      amount: rounding(product(base, line.share), line.allocated, u),
      method: p.method,
    });
    const tiers = r.key?.terms.find((t) => t.tiers)?.tiers;
    if (tiers) steps.push({ kind: 'mention', text: `Paliers : ${tierShareText(tiers, j, u)}` });
    if (line.direct.n !== 0n)
      steps.push({
        kind: 'direct',
        allocated: money(line.allocated),
        direct: money(line.direct),
        total: money(line.quotePart),
      });
    if (row.fee === 'coordinator' && r.service.feeRate && line.fee.n !== 0n)
      steps.push({
        kind: 'fee',
        rate: formatExact(r.service.feeRate),
        of: money(line.quotePart),
        amount: rounding(product(line.quotePart, r.service.feeRate), line.fee, u),
      });
  }
  return { unit: formatExact(u), steps };
}
