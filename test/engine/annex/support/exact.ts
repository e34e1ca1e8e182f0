/** Exact arithmetic on decimal strings for tests (the engine's own rationals). */
import { parseDecimal } from '../../../../src/engine/numbers/decimalText';
import { type Q, ZERO, add } from '../../../../src/engine/numbers/rational';

/** The exact value of a decimal string; fails on anything else. */
export function dec(text: string | null | undefined): Q {
  const v = text === null || text === undefined ? null : parseDecimal(text);
  if (!v) throw new Error(`not a decimal: ${String(text)}`);
  return v;
}

/** Exact Σ of decimal strings. */
export function sumOf(values: Iterable<string | null | undefined>): Q {
  let acc = ZERO;
  for (const v of values) acc = add(acc, dec(v));
  return acc;
}
