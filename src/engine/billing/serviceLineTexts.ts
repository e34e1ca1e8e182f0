/**
 * The calculation text of every participant of one service, fast: word for word
 * `calculationText(describeLine(input, r, j))`, which a 35,000-member run writes for
 * each of its 384,587 titre lines. What every line of the service shares (the key's
 * weights, labels and totals, the base, the rounding unit, the fee rate) is written once;
 * per line only the member's own figures are formatted, from integers in doubles where
 * they are provably exact, without building the `LineCalculation` object. Any line
 * outside that fast path (an exact share or product, a unit that is not a power of ten,
 * a negative figure, a Mise à disposition) gets the reference text itself.
 */
import { type Q, ZERO } from '../numbers/rational';
import { formatExact } from '../numbers/decimalText';
import { roundedScaledNumber, withDecimalPoint, pow10Number } from '../numbers/fixedPoint';
import { formatMoney, frenchNumber } from '../numbers/formatMoney';
import { daysInYear } from '../dates/calendar';
import type { InputModel } from '../domain/inputModel';
import type { ParticipantLine, ServiceResult } from '../models/serviceResult';
import { FUNDING_MODELS } from '../models/registry';
import {
  NNBSP,
  approx,
  calculationText,
  euros,
  ratePercent,
  roundingText,
} from '../calculation/calculationText';
import {
  describeLine,
  exactDecimal,
  product,
  rounding,
  termTotal,
  tierValueFigure,
} from './describeLine';
import { tierShareText } from './tierText';
import type { TierExplanation } from '../keys/tierCriterion';
import { UnitCostLineText } from './unitCostLineText';
import {
  type DecimalUnit,
  type ScaledDecimal,
  productRoundingText,
  roundHalfUp,
  scaledDecimal,
  scaledOf,
} from '../calculation/decimalProductText';

const TEN_12 = 10n ** 12n;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The divisor that decides whether m·n/d has at most 12 decimals, for every n: it has
 * them iff d | m·n·10^12, i.e. iff n is a multiple of d / gcd(d, 10^12) / gcd(m, …).
 */
function exactnessDivisor(m: bigint, d: bigint): bigint {
  const afterTen = d / gcd(d, TEN_12);
  return afterTen / gcd(m, afterTen);
}

/** What a key term writes the same for every participant. */
interface TermFrame {
  readonly prefix: string;
  readonly suffix: string;
  readonly egalitaire: boolean;
  /** A `Paliers` term: its values are tier shares φ, periodic ones shown with `≈`. */
  readonly palier: boolean;
  readonly inDays: boolean;
  readonly prorated: boolean;
  readonly values: readonly Q[];
}

/** The fixed parts of a service's `share` step, or null when its lines take the reference path. */
interface ShareFrame {
  readonly terms: readonly TermFrame[];
  readonly base: Q;
  /** `15 570 582,50 € × part `. */
  readonly baseText: string;
  /** Decimals k of the rounding unit 10^-k, and the places amounts are written with. */
  readonly unitPlaces: number;
  readonly moneyPlaces: number;
  /** `, arrondi à 0,01 €` and the method's rule. */
  readonly roundedTo: string;
  readonly yearDays: number;
  /** Fee rate as a percentage (`1,5 %`), when the service bills a coordinator fee. */
  readonly feeRate: string | null;
  /** The fee rate as a scaled decimal, when it is one. */
  readonly feeDecimal: ScaledDecimal | null;
  /** The unit for the fee's rounding (no rule). */
  readonly unit: DecimalUnit;
}

/** The rounding unit as `productRoundingText` takes it, null when it is not 10^-k (k ≤ 6). */
function decimalUnit(input: InputModel, unitText: string, rule: string): DecimalUnit | null {
  const places = powerOfTenPlaces(input.parameters.rounding);
  return places === null
    ? null
    : {
        places,
        moneyPlaces: Math.max(2, places),
        roundedTo: `, arrondi à ${euros(unitText)}${rule}`,
      };
}

/** Builds (once per service) and writes the calculation texts of its participants. */
export class ServiceLineTexts {
  private readonly frame: ShareFrame | null;
  private readonly units: UnitCostLineText | null;
  private readonly unitText: string;
  /** Share denominators seen, with the divisors that say when a share or a product is exact. */
  private lastD = -1n;
  private shareDivisor = 1n;
  private productDivisor = 1n;
  /** base.d × lastD: the denominator of every product base × share of that denominator. */
  private productD = 1n;
  /** The key's `Paliers` explanation, if it has one (looked up once). */
  private readonly tiers: TierExplanation | undefined;

  constructor(
    private readonly input: InputModel,
    private readonly r: ServiceResult,
  ) {
    this.tiers = r.key?.terms.find((t) => t.tiers)?.tiers;
    this.unitText = formatExact(input.parameters.rounding);
    this.frame = shareFrame(input, r, this.unitText);
    const unit = decimalUnit(input, this.unitText, '');
    this.units =
      FUNDING_MODELS[r.model].sharing === 'units' && unit !== null
        ? new UnitCostLineText(input, r, unit)
        : null;
  }

  /** The text of the participant at position `j`: `calculationText(describeLine(input, r, j))`. */
  text(j: number): string {
    return this.fastText(j) ?? calculationText(describeLine(this.input, this.r, j));
  }

  /** The same text by the fast path, or null when the line takes the reference one (public for the tests). */
  fastText(j: number): string | null {
    if (this.units !== null) return this.units.text(this.r.lines[j] as ParticipantLine);
    const f = this.frame;
    if (f === null) return null;
    const r = this.r;
    const line = r.lines[j] as ParticipantLine;
    const share = line.share;
    if (share.n < 0n) return null;
    if (share.d !== this.lastD) {
      this.lastD = share.d;
      this.shareDivisor = exactnessDivisor(1n, share.d);
      this.productDivisor = exactnessDivisor(f.base.n, f.base.d * share.d);
      this.productD = f.base.d * share.d;
    }
    // An exact share or product is written by the reference (its `=` forms).
    if (share.n % this.shareDivisor === 0n || share.n % this.productDivisor === 0n) return null;
    const share10 = roundedScaledNumber(share, 10);
    const exact6 = roundedScaledNumber({ n: f.base.n * share.n, d: this.productD }, 6);
    if (share10 === null || exact6 === null) return null;
    const result = formatMoney(line.allocated, this.input.parameters.rounding);
    const resultScaled = scaledOf(result, f.moneyPlaces);
    if (resultScaled === null) return null;

    let text = 'part = ';
    const days = this.input.members[line.member]?.presenceDays ?? f.yearDays;
    for (let k = 0; k < f.terms.length; k++) {
      const t = f.terms[k] as TermFrame;
      const value = t.egalitaire ? '1' : valueText(t.values[j] ?? ZERO, t.palier);
      const presence = t.inDays
        ? ` × ${days}${NNBSP}j`
        : t.prorated && days !== f.yearDays
          ? ` × ${days}/${f.yearDays}`
          : '';
      text += `${k === 0 ? '' : ' + '}${t.prefix}${value}${presence}${t.suffix}`;
    }
    // ≈ share × 100 with 4 decimals, from the share rounded to 10 decimals (as the reference does).
    text += ` ≈${NNBSP}${frenchNumber(withDecimalPoint(String(roundHalfUp(share10, 1e4)), 4))}${NNBSP}% ; ${f.baseText}`;
    // The exact product rounded to 6 decimals, that figure rounded to the unit, the largest remainder's gap.
    const nearest = roundHalfUp(exact6, pow10Number(6 - f.unitPlaces));
    const nearestScaled = nearest * pow10Number(f.moneyPlaces - f.unitPlaces);
    const gap = resultScaled - nearestScaled;
    text += `≈${NNBSP}${frenchNumber(withDecimalPoint(String(exact6), 6))}${NNBSP}€${f.roundedTo} : ${euros(withDecimalPoint(String(nearestScaled), f.moneyPlaces))}`;
    if (gap !== 0)
      text += ` ${gap < 0 ? '−' : '+'} ${euros(withDecimalPoint(String(Math.abs(gap)), f.moneyPlaces))} d\u2019arrondi au plus fort reste, règle de la convention = ${euros(result)}`;
    return text + this.afterShare(f, line, j);
  }

  /** The steps after the share (tiers, direct costs, fee), as `describeLine` orders them. */
  private afterShare(f: ShareFrame, line: ParticipantLine, j: number): string {
    const u = this.input.parameters.rounding;
    let text = '';
    const tiers = this.tiers;
    if (tiers) text += ` ; Paliers : ${tierShareText(tiers, j, u)}`;
    if (line.direct.n !== 0n)
      text += ` ; quote-part ${euros(formatMoney(line.allocated, u))} + coûts propres ${euros(formatMoney(line.direct, u))} = ${euros(formatMoney(line.quotePart, u))}`;
    const rate = this.r.service.feeRate;
    if (f.feeRate !== null && rate && line.fee.n !== 0n) {
      const of = formatMoney(line.quotePart, u);
      const scaled = scaledOf(of, f.unit.moneyPlaces);
      const fast =
        scaled === null || f.feeDecimal === null
          ? null
          : productRoundingText(
              { scaled, places: f.unit.moneyPlaces },
              f.feeDecimal,
              formatMoney(line.fee, u),
              f.unit,
            );
      const amount =
        fast ?? roundingText(rounding(product(line.quotePart, rate), line.fee, u), this.unitText);
      text += ` ; frais de gestion ${f.feeRate} × ${euros(of)} ${amount}`;
    }
    return text;
  }
}

/** Texts of fraction values (tier shares φ: one `Q` per level, shared by its members), written once. */
const FRACTION_TEXT = new WeakMap<Q, string>();

/** A member's value in French, as `describeLine` shows it: `≈` before a periodic tier share φ. */
function valueText(v: Q, palier: boolean): string {
  if (v.d === 1n) return frenchNumber(v.n.toString());
  let text = FRACTION_TEXT.get(v);
  if (text === undefined)
    FRACTION_TEXT.set(
      v,
      (text = palier ? approx(tierValueFigure(v)) : frenchNumber(exactDecimal(v))),
    );
  return text;
}

/** The decimals k when `u` is 10^-k (0 ≤ k ≤ 6), else null. */
function powerOfTenPlaces(u: Q): number | null {
  if (u.n !== 1n) return null;
  for (let k = 0; k <= 6; k++) if (u.d === 10n ** BigInt(k)) return k;
  return null;
}

function shareFrame(input: InputModel, r: ServiceResult, unitText: string): ShareFrame | null {
  const row = FUNDING_MODELS[r.model];
  const p = input.parameters;
  const unitPlaces = powerOfTenPlaces(p.rounding);
  const unit = decimalUnit(input, unitText, '');
  const base = r.sharedBase ?? ZERO;
  if (row.sharing === 'units' || unitPlaces === null || unit === null || base.n <= 0n) return null;
  const yearDays = daysInYear(p.exercice);
  const keyTerms = r.key?.terms ?? [];
  const single = keyTerms.length === 1;
  const terms = keyTerms.map((t): TermFrame => {
    const percent = formatExact(t.percent);
    const weight = single && percent === '100' ? '' : `${frenchNumber(percent)}${NNBSP}% × `;
    const { inDays, total } = termTotal(t, yearDays);
    return {
      prefix: `${weight}${t.kind === 'egalitaire' ? 'Égalitaire' : t.label} `,
      suffix: ` / ${approx(total)}`,
      egalitaire: t.kind === 'egalitaire',
      palier: t.kind === 'palier',
      inDays,
      prorated: t.kind !== 'usage',
      values: t.values,
    };
  });
  const rule = p.method === 'ligne-a-ligne' ? ' (ligne à ligne)' : '';
  const feeRate =
    row.fee === 'coordinator' && r.service.feeRate
      ? ratePercent(formatExact(r.service.feeRate))
      : null;
  return {
    terms,
    base,
    baseText: `${euros(formatMoney(base, p.rounding))} × part `,
    unitPlaces,
    moneyPlaces: Math.max(2, unitPlaces),
    roundedTo: `, arrondi à ${euros(unitText)}${rule}`,
    yearDays,
    feeRate,
    feeDecimal: r.service.feeRate ? scaledDecimal(r.service.feeRate) : null,
    unit,
  };
}
