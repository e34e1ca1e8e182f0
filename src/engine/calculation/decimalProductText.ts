/**
 * The rounding text of a product of two short decimals (a coordinator's fee: quote-part
 * × rate; a Mise à disposition: unit cost × units), computed on integers in doubles:
 * word for word `roundingText(rounding(a × b, result, u), unit)` whenever both factors
 * are exact decimals whose product has at most 12 decimals and fits 2^53 — then the
 * product is exact, and so is every figure of the text. Null otherwise (the caller
 * takes the BigInt reference).
 */
import type { Q } from '../numbers/rational';
import { pow10Number, withDecimalPoint } from '../numbers/fixedPoint';
import { frenchNumber } from '../numbers/formatMoney';
import { NNBSP, euros } from './calculationText';

/** A decimal as an integer and its count of decimals: value = scaled / 10^places. */
export interface ScaledDecimal {
  readonly scaled: number;
  readonly places: number;
}

/** The rounding unit 10^-k and how amounts are written (`moneyPlaces` = max(2, k)). */
export interface DecimalUnit {
  readonly places: number;
  readonly moneyPlaces: number;
  /** `, arrondi à 0,01 €` (and the method's rule, if any). */
  readonly roundedTo: string;
}

/** `v` as a scaled integer when 10^k (k ≤ 9) is a multiple of its denominator and everything is a safe integer; else null. */
export function scaledDecimal(v: Q): ScaledDecimal | null {
  const d = Number(v.d);
  for (let k = 0; k <= 9; k++) {
    const scale = pow10Number(k);
    if (d > scale || scale % d !== 0) continue;
    const scaled = Number(v.n) * (scale / d);
    return Number.isSafeInteger(scaled) ? { scaled, places: k } : null;
  }
  return null;
}

/** `n` (a non-negative integer) divided by `by` (a power of ten), rounded half up. */
export function roundHalfUp(n: number, by: number): number {
  const rest = n % by;
  return (n - rest) / by + (2 * rest >= by ? 1 : 0);
}

/** The integer `decimal × 10^places` of a decimal string written with exactly `places` decimals, or null. */
export function scaledOf(decimal: string, places: number): number | null {
  const dot = decimal.indexOf('.');
  if (places === 0 ? dot >= 0 : dot !== decimal.length - places - 1) return null;
  const scaled = Number(places === 0 ? decimal : decimal.slice(0, dot) + decimal.slice(dot + 1));
  return Number.isSafeInteger(scaled) ? scaled : null;
}

/**
 * `= 4,8324 €, arrondi à 0,01 € : 4,83 €` (or `= 4,83 €` when nothing is rounded) for
 * a × b, kept as `result` (a money string with `unit.moneyPlaces` decimals); null when
 * a factor is negative or the product is not exact in doubles.
 */
export function productRoundingText(
  a: ScaledDecimal,
  b: ScaledDecimal,
  result: string,
  unit: DecimalUnit,
): string | null {
  const places = a.places + b.places;
  const product = a.scaled * b.scaled;
  if (a.scaled < 0 || b.scaled < 0 || places > 12 || places < unit.places) return null;
  if (!Number.isSafeInteger(product)) return null;
  const resultScaled = scaledOf(result, unit.moneyPlaces);
  if (resultScaled === null) return null;
  const nearest = roundHalfUp(product, pow10Number(places - unit.places));
  const nearestScaled = nearest * pow10Number(unit.moneyPlaces - unit.places);
  const gap = resultScaled - nearestScaled;
  // product / 10^places = result / 10^moneyPlaces, compared on integers below 2^53.
  const same =
    places >= unit.moneyPlaces
      ? product === resultScaled * pow10Number(places - unit.moneyPlaces)
      : product * pow10Number(unit.moneyPlaces - places) === resultScaled;
  if (gap === 0 && same) return `= ${euros(result)}`;
  const written = withDecimalPoint(String(product), places);
  const exact = written.includes('.') ? written.replace(/\.?0+$/, '') : written;
  const text = `= ${frenchNumber(exact)}${NNBSP}€${unit.roundedTo} : ${euros(withDecimalPoint(String(nearestScaled), unit.moneyPlaces))}`;
  if (gap === 0) return text;
  return `${text} ${gap < 0 ? '−' : '+'} ${euros(withDecimalPoint(String(Math.abs(gap)), unit.moneyPlaces))} d\u2019arrondi au plus fort reste, règle de la convention = ${euros(result)}`;
}
