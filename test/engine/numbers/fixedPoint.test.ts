/**
 * The double fast paths of fixed-point formatting give exactly the text of plain BigInt
 * arithmetic, including at exact halves, near halves, for huge numerators and
 * denominators, and for values whose double conversion overflows.
 */
import fc from 'fast-check';
import { formatFixed } from '../../../src/engine/numbers/decimalText';
import {
  exactScaledNumber,
  roundedScaledNumber,
  withDecimalPoint,
} from '../../../src/engine/numbers/fixedPoint';
import { formatMoney, frenchShare } from '../../../src/engine/numbers/formatMoney';
import { q, type Q } from '../../../src/engine/numbers/rational';

/** Reference: |v|·10^places rounded half away from zero, sign, dot — BigInt only. */
function referenceFixed(v: Q, places: number): string {
  const num = v.n * 10n ** BigInt(places);
  const a = num < 0n ? -num : num;
  const units = (2n * a + v.d) / (2n * v.d);
  const digits = units.toString().padStart(places + 1, '0');
  const text = places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return (num < 0n && units !== 0n ? '-' : '') + text;
}

/** Reference of frenchShare's decimals: add one while |v|·10^(places+2) < 10^5, at most 12. */
function referenceSharePlaces(v: Q): number {
  const abs = v.n < 0n ? -v.n : v.n;
  let places = 4;
  while (places < 12 && abs * 10n ** BigInt(places + 2) < 100000n * v.d) places++;
  return places;
}

const denominators = fc.oneof(
  fc.bigInt({ min: 1n, max: 1000n }),
  fc.bigInt({ min: 1n, max: 10n ** 18n }),
  fc.bigInt({ min: 1n, max: 10n ** 40n }),
  fc.constantFrom(1n, 2n, 100n, 10n ** 10n, 2n * 10n ** 10n, 2n ** 53n, 2n ** 64n, 10n ** 320n),
);
const numerators = fc.oneof(
  fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
  fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }),
);
/** Reduced fractions, and unreduced ones as the engine keeps them (huge numerator and denominator alike). */
const fractions = fc.oneof(
  fc.tuple(numerators, denominators).map(([n, d]) => q(n, d)),
  fc.tuple(numerators, denominators).map(([n, d]): Q => ({ n, d })),
  fc
    .tuple(
      fc.bigInt({ min: 1n, max: 10n ** 6n }),
      fc.bigInt({ min: 1n, max: 10n ** 6n }),
      fc.integer({ min: 300, max: 320 }),
    )
    .map(([n, d, k]): Q => ({ n: n * 10n ** BigInt(k), d: d * 10n ** BigInt(k) })),
);

/** Values exactly half-way between two outputs at `places` decimals, and their neighbours. */
const halves = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
    fc.integer({ min: 0, max: 14 }),
    fc.constantFrom(-1n, 0n, 1n),
    fc.bigInt({ min: 1n, max: 10n ** 6n }),
  )
  .map(([k, places, nudge, spread]) => ({
    v: q((2n * k + 1n) * spread + nudge, 2n * 10n ** BigInt(places) * spread),
    places,
  }));

describe('fixed-point fast paths', () => {
  it('formatFixed equals the BigInt reference (property)', () => {
    fc.assert(
      fc.property(fractions, fc.integer({ min: 0, max: 16 }), (v, places) => {
        expect(formatFixed(v, places)).toBe(referenceFixed(v, places));
      }),
      { numRuns: 3000 },
    );
  });

  it('formatFixed rounds exact halves away from zero and their neighbours correctly (property)', () => {
    fc.assert(
      fc.property(halves, ({ v, places }) => {
        expect(formatFixed(v, places)).toBe(referenceFixed(v, places));
      }),
      { numRuns: 3000 },
    );
  });

  it('declines (null) rather than guess at an exact half', () => {
    expect(roundedScaledNumber(q(5n, 1000n), 2)).toBeNull();
    expect(roundedScaledNumber(q(-15n, 10n), 0)).toBeNull();
    expect(roundedScaledNumber(q(10n ** 400n, 1n), 2)).toBeNull();
    expect(roundedScaledNumber(q(1n, 3n), 4)).toBe(3333);
    // A numerator below the double range over a denominator above it is not zero.
    const unreduced: Q = { n: 17n * 10n ** 307n, d: 18n * 10n ** 308n };
    expect(roundedScaledNumber(unreduced, 2)).toBeNull();
    expect(formatFixed(unreduced, 2)).toBe('0.09');
  });

  it('exactScaledNumber is exact or null (property)', () => {
    fc.assert(
      fc.property(fractions, fc.integer({ min: 0, max: 17 }), (v, places) => {
        const scaled = exactScaledNumber(v, places);
        if (scaled !== null) expect(BigInt(scaled) * v.d).toBe(v.n * 10n ** BigInt(places));
      }),
      { numRuns: 3000 },
    );
  });

  it('withDecimalPoint pads and places the dot', () => {
    expect(withDecimalPoint('5', 2)).toBe('0.05');
    expect(withDecimalPoint('12345', 2)).toBe('123.45');
    expect(withDecimalPoint('7', 0)).toBe('7');
  });

  it('formatMoney keeps the exact text of BigInt arithmetic (property)', () => {
    const cent = q(1n, 100n);
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.constantFrom(1n, 2n, 4n, 5n, 10n, 20n, 25n, 50n, 100n),
        (n, d) => {
          // Amounts exact at the cent (d divides 100), small and beyond 2^53 cents.
          const v = q(n, d);
          expect(formatMoney(v, cent)).toBe(referenceFixed(v, 2));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('frenchShare picks the decimals of the BigInt rule, at powers of ten too (property)', () => {
    const nearPowers = fc
      .tuple(
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom(-1n, 0n, 1n),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
      )
      .map(([k, nudge, spread]) => q(spread + nudge, spread * 10n ** BigInt(k)));
    fc.assert(
      fc.property(fc.oneof(fractions, nearPowers), (v) => {
        const places = referenceSharePlaces(v);
        const expected = referenceFixed(q(v.n * 100n, v.d), places);
        const text = frenchShare(v);
        expect(
          text
            .replace(/\u202f/g, '')
            .replace(',', '.')
            .replace(/\u00a0%$/, ''),
        ).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
