/**
 * Exact rational numbers on BigInt: the reference semantics of the contract ("as if
 * computed with exact fractions"). Every amount, share and rate of the engine is a `Q`;
 * rounding happens only where the contract says, through `roundToUnit`.
 */

/**
 * An exact fraction n/d with d > 0. Not necessarily reduced (sums of cents keep d = 100
 * without a gcd per addition); compare with `eq`/`cmp`, never with `===` on fields.
 */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Builds n/d reduced (d may be negative; it must not be zero). */
export function q(n: bigint, d: bigint = 1n): Q {
  if (d === 0n) throw new RangeError('Division par zéro dans un calcul exact.');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (d === 1n) return { n, d };
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/** Zero. */
export const ZERO: Q = { n: 0n, d: 1n };
/** One. */
export const ONE: Q = { n: 1n, d: 1n };

/**
 * Denominators below this bound are kept unreduced (no gcd): exact all the same, and
 * the hot paths (cents, rates, day fractions) never pay for a gcd. Above it, results are
 * reduced so that numbers stay small.
 */
const REDUCE_ABOVE = 1n << 64n;

function make(n: bigint, d: bigint): Q {
  return d < REDUCE_ABOVE && d > 0n ? { n, d } : q(n, d);
}

/** a + b. */
export function add(a: Q, b: Q): Q {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  if (a.n === 0n) return b;
  if (b.n === 0n) return a;
  if (b.d % a.d === 0n) return { n: a.n * (b.d / a.d) + b.n, d: b.d };
  if (a.d % b.d === 0n) return { n: a.n + b.n * (a.d / b.d), d: a.d };
  return make(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** a − b. */
export function sub(a: Q, b: Q): Q {
  return add(a, { n: -b.n, d: b.d });
}

/** a × b. */
export function mul(a: Q, b: Q): Q {
  return make(a.n * b.n, a.d * b.d);
}

/** a ÷ b (b ≠ 0). */
export function div(a: Q, b: Q): Q {
  return b.n < 0n ? make(-a.n * b.d, -(a.d * b.n)) : make(a.n * b.d, a.d * b.n);
}

/** −a. */
export function neg(a: Q): Q {
  return { n: -a.n, d: a.d };
}

/** |a|. */
export function abs(a: Q): Q {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

/** Sign of a: −1, 0 or 1. */
export function sign(a: Q): -1 | 0 | 1 {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

/** Compares a and b: negative, zero or positive. */
export function cmp(a: Q, b: Q): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a = b. */
export function eq(a: Q, b: Q): boolean {
  return a.d === b.d ? a.n === b.n : a.n * b.d === b.n * a.d;
}

/** The same value, reduced to lowest terms. */
export function reduce(a: Q): Q {
  return q(a.n, a.d);
}

/** The amount `units × u` (u reduced), without a gcd: the hot path of allocations. */
export function timesUnit(units: bigint, u: Q): Q {
  return { n: u.n === 1n ? units : units * u.n, d: u.d };
}

/** Σ of values. */
export function sum(values: Iterable<Q>): Q {
  let acc = ZERO;
  for (const v of values) acc = add(acc, v);
  return acc;
}

/** Whether a is an integer. */
export function isInteger(a: Q): boolean {
  return a.n % a.d === 0n;
}
