/**
 * Geometry of the report's charts: where an exact value falls on a pixel axis. Values
 * stay exact (`Q`) until this point; only the resulting pixel coordinate is a `number`,
 * rounded to a hundredth of a pixel. Never used for money, only to draw it.
 */
import { type Q, ZERO, cmp, div, sign, sub } from '../../numbers/rational';
import { roundUnits } from '../../numbers/round';

const HUNDREDTH: Q = { n: 1n, d: 100n };

/** `value` as a number with two decimals, for a pixel coordinate. */
export function pixels(value: Q): number {
  return Number(roundUnits(value, HUNDREDTH)) / 100;
}

/** Fraction (value − min) ÷ (max − min) as a number in [0, 1]; 0 when max = min. */
export function position(value: Q, min: Q, max: Q): number {
  const span = sub(max, min);
  if (sign(span) === 0) return 0;
  return Number(roundUnits(div(sub(value, min), span), { n: 1n, d: 1_000_000n })) / 1_000_000;
}

/** The axis bounds of a set of values: always includes 0, so that bars start at zero. */
export function axisBounds(values: readonly Q[]): { min: Q; max: Q } {
  let min = ZERO;
  let max = ZERO;
  for (const v of values) {
    if (cmp(v, min) < 0) min = v;
    if (cmp(v, max) > 0) max = v;
  }
  return { min, max };
}

/** A number written for an SVG attribute (no exponent, at most 2 decimals). */
export function svgNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}
