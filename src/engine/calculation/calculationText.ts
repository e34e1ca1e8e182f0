/**
 * Writes a `LineCalculation` in French words and figures: the text a debtor recomputes
 * with a calculator. The same words go into the titre's base de liquidation and the
 * annex's `Calcul` column. French typography: a narrow no-break space (U+202F) groups
 * digits and precedes `€` and `%`.
 */
import { parseDecimal, formatExact, formatFixed } from '../numbers/decimalText';
import { frenchNumber } from '../numbers/formatMoney';
import type {
  CalculationStep,
  Figure,
  LineCalculation,
  Rounding,
  ShareTerm,
} from './lineCalculation';
import { frenchUnits } from './frenchUnits';

/** The narrow no-break space of French typography (before `€`, `%`, between digit groups). */
export const NNBSP = '\u202f';

/** `1 234,50 €` of a money decimal string, with at least 2 decimals. */
export function euros(decimal: string): string {
  const dot = decimal.indexOf('.');
  const places = dot < 0 ? 0 : decimal.length - dot - 1;
  const padded =
    places >= 2 ? decimal : `${dot < 0 ? `${decimal}.` : decimal}${'0'.repeat(2 - places)}`;
  return `${frenchNumber(padded)}${NNBSP}€`;
}

/** `3 %` of a rate decimal string (`"0.03"`), exact. */
export function ratePercent(decimal: string): string {
  const v = parseDecimal(decimal);
  return `${v ? frenchNumber(formatExact({ n: v.n * 100n, d: v.d })) : decimal}${NNBSP}%`;
}

/** A figure: its value, preceded by `≈ ` when rounded for display. */
export function approx(f: Figure): string {
  return f.exact ? frenchNumber(f.text) : `≈${NNBSP}${frenchNumber(f.text)}`;
}

/** `= 12,5` or `≈ 12,345679` after a formula (a narrow no-break space keeps `≈` with its number). */
export function equals(f: Figure): string {
  return `${f.exact ? '= ' : `≈${NNBSP}`}${frenchNumber(f.text)}`;
}

/** A share (decimal string) as a percentage: exact, or `≈` with 4 decimals. */
function sharePercent(f: Figure): string {
  const v = parseDecimal(f.text);
  if (!v) return f.text;
  const scaled = { n: v.n * 100n, d: v.d };
  const exact = formatExact(scaled);
  const dot = exact.indexOf('.');
  if (f.exact && (dot < 0 || exact.length - dot - 1 <= 4))
    return `= ${frenchNumber(exact)}${NNBSP}%`;
  return `≈${NNBSP}${frenchNumber(formatFixed(scaled, 4))}${NNBSP}%`;
}

/** `, arrondi à 0,01 € : 70 553,63 € − 0,01 € d'arrondi au plus fort reste, règle de la convention = 70 553,62 €`. */
export function roundingText(r: Rounding, unit: string, rule = ''): string {
  const exact = `${equals(r.exact)}${NNBSP}€`;
  if (r.exact.exact && r.nearest === r.result && r.adjustment === null) {
    const value = parseDecimal(r.exact.text);
    const kept = parseDecimal(r.result);
    if (value && kept && value.n * kept.d === kept.n * value.d) return `= ${euros(r.result)}`;
  }
  const rounded = `${exact}, arrondi à ${euros(unit)}${rule} : ${euros(r.nearest)}`;
  if (r.adjustment === null) return rounded;
  const negative = r.adjustment.startsWith('-');
  const gap = euros(negative ? r.adjustment.slice(1) : r.adjustment);
  return `${rounded} ${negative ? '−' : '+'} ${gap} d\u2019arrondi au plus fort reste, règle de la convention = ${euros(r.result)}`;
}

/** `50 % × Population 2 351 × 184/365 / ≈ 49 011,161644` (`Paliers ≈ 93,333333333333 / 18 000` for a periodic φ). */
function termText(t: ShareTerm, single: boolean): string {
  const weight = single && t.percent === '100' ? '' : `${frenchNumber(t.percent)}${NNBSP}% × `;
  const label = t.kind === 'egalitaire' ? 'Égalitaire' : t.label;
  const presence = !t.presence
    ? ''
    : t.presence.form === 'days'
      ? ` × ${t.presence.days}${NNBSP}j`
      : ` × ${t.presence.days}/${t.presence.yearDays}`;
  return `${weight}${label} ${approx(t.value)}${presence} / ${approx(t.total)}`;
}

function stepText(step: CalculationStep, unit: string): string {
  switch (step.kind) {
    case 'unit-cost': {
      const how = step.derivation
        ? ` (${euros(step.derivation.cost)} ÷ ${frenchUnits(step.derivation.totalUnits, step.unit)} ${equals(step.derivation.quotient)}${NNBSP}€, arrondi à ${frenchNumber(step.derivation.rounding)}${NNBSP}€)`
        : ' (fixé par la convention)';
      return `coût unitaire ${frenchNumber(step.unitCost)}${NNBSP}€/${step.unit}${how} × ${frenchUnits(step.units, step.unit)} ${roundingText(step.amount, unit)}`;
    }
    case 'share': {
      const single = step.terms.length === 1;
      const terms = step.terms.map((t) => termText(t, single)).join(' + ');
      const rule = step.method === 'ligne-a-ligne' ? ' (ligne à ligne)' : '';
      return `part = ${terms} ${sharePercent(step.share)} ; ${euros(step.base)} × part ${roundingText(step.amount, unit, rule)}`;
    }
    case 'direct':
      return `quote-part ${euros(step.allocated)} + coûts propres ${euros(step.direct)} = ${euros(step.total)}`;
    case 'fee':
      return `frais de gestion ${ratePercent(step.rate)} × ${euros(step.of)} ${roundingText(step.amount, unit)}`;
    case 'mention':
      return step.text;
  }
}

/** The calculation in words: its steps joined by ` ; `. */
export function calculationText(c: LineCalculation): string {
  return c.steps.map((s) => stepText(s, c.unit)).join(' ; ');
}
