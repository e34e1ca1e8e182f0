/** round(a × b, u) by its double fast path equals the BigInt rounding, halves and signs included. */
import fc from 'fast-check';
import {
  roundProductToUnit,
  roundProductUnits,
  roundToUnit,
  roundUnits,
} from '../../../src/engine/numbers/round';
import { eq, mul, q, type Q } from '../../../src/engine/numbers/rational';

const fraction = (maxN: bigint, maxD: bigint) =>
  fc
    .tuple(fc.bigInt({ min: -maxN, max: maxN }), fc.bigInt({ min: 1n, max: maxD }))
    .map(([n, d]): Q => ({ n, d }));

describe('roundProductToUnit', () => {
  it('equals roundToUnit(mul(a, b), u) on amounts, rates and units of every size (property)', () => {
    const amounts = fc.oneof(
      fraction(10n ** 6n, 100n),
      fraction(10n ** 14n, 100n),
      fraction(10n ** 30n, 10n ** 20n),
    );
    const rates = fc.oneof(
      fraction(1000n, 1000n),
      fraction(10n ** 9n, 10n ** 12n),
      fc.constantFrom(q(3n, 200n), q(1n, 100n), q(0n)),
    );
    const units = fc.constantFrom(q(1n, 100n), q(1n), q(5n, 100n), q(1n, 1000n), q(10n));
    fc.assert(
      fc.property(amounts, rates, units, (a, b, u) => {
        expect(eq(roundProductToUnit(a, b, u), roundToUnit(mul(a, b), u))).toBe(true);
        expect(roundProductUnits(a, b, u)).toBe(roundUnits(mul(a, b), u));
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds exact halves away from zero', () => {
    // 1.50 € × 1/4 = 0.375 € → 0.38 €; −0.375 € → −0.38 €; 0.125 → 0.13.
    expect(roundProductToUnit(q(150n, 100n), q(1n, 4n), q(1n, 100n))).toEqual({ n: 38n, d: 100n });
    expect(roundProductToUnit(q(-150n, 100n), q(1n, 4n), q(1n, 100n))).toEqual({
      n: -38n,
      d: 100n,
    });
    expect(eq(roundProductToUnit(q(25n, 100n), q(1n, 2n), q(1n, 100n)), q(13n, 100n))).toBe(true);
  });

  it('near halves a double cannot tell apart', () => {
    // (2k+1)/2 ± 1/den for dens near the 2^50 bound.
    for (const den of [2n ** 49n - 1n, 2n ** 49n + 1n, 10n ** 15n - 7n]) {
      for (const k of [0n, 1n, 12345n]) {
        for (const nudge of [-1n, 0n, 1n]) {
          const a: Q = { n: (2n * k + 1n) * den + nudge * 2n, d: 2n * den };
          expect(eq(roundProductToUnit(a, q(1n), q(1n)), roundToUnit(a, q(1n)))).toBe(true);
        }
      }
    }
  });
});
