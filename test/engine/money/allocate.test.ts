import fc from 'fast-check';
import { allocateUnits } from '../../../src/engine/money/allocate';
import { q, type Q } from '../../../src/engine/numbers/rational';

const UNIT = q(1n, 100n);
const units = (
  amount: Q,
  weights: bigint[],
  u: Q = UNIT,
  method: 'plus-forts-restes' | 'ligne-a-ligne' = 'plus-forts-restes',
) =>
  allocateUnits(
    amount,
    weights,
    weights.reduce((a, b) => a + b, 0n),
    u,
    method,
  );

describe('allocate (largest remainder, contract §3.1)', () => {
  it('splits 15 over 6:3:1 at unit 1 as 9/5/1, not 10/4/1', () => {
    expect(units(q(15n), [6n, 3n, 1n], q(1n))).toEqual([9n, 5n, 1n]);
  });

  it('gives equal remainders to the member listed first', () => {
    expect(units(q(100n), [1n, 1n, 1n], q(1n))).toEqual([34n, 33n, 33n]);
    expect(units(q(2n), [1n, 1n, 1n], q(1n))).toEqual([1n, 1n, 0n]);
  });

  it('allocates a negative amount as its absolute value, negated', () => {
    expect(units(q(-100n), [1n, 1n, 1n], q(1n))).toEqual([-34n, -33n, -33n]);
  });

  it('rounds the total half away from zero before splitting', () => {
    // 0.125 € over two equal shares: round(0.125, 0.01) = 0.13 → 0.07 + 0.06
    expect(units(q(125n, 1000n), [1n, 1n])).toEqual([7n, 6n]);
  });

  it('rounds each share on its own with Ligne à ligne (the total may differ)', () => {
    expect(units(q(100n), [1n, 1n, 1n], q(1n), 'ligne-a-ligne')).toEqual([33n, 33n, 33n]);
    expect(units(q(1n, 100n), [1n, 1n], UNIT, 'ligne-a-ligne')).toEqual([1n, 1n]);
  });

  describe('properties', () => {
    const weightsArb = fc
      .array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 40 })
      .filter((w) => w.some((x) => x > 0n));
    const amountArb = fc
      .bigInt({ min: -(10n ** 14n), max: 10n ** 14n })
      .map((cents) => q(cents, 1000n));

    it('conserves the rounded amount to the unit', () => {
      fc.assert(
        fc.property(amountArb, weightsArb, (a, w) => {
          const total = units(a, w).reduce((x, y) => x + y, 0n);
          const n = a.n * 100n; // amount in cents ×(1/d)
          const abs = n < 0n ? -n : n;
          const rounded = (2n * abs + a.d) / (2n * a.d);
          expect(total).toBe(n < 0n ? -rounded : rounded);
        }),
      );
    });

    it('keeps every share within one unit of the exact share', () => {
      fc.assert(
        fc.property(amountArb, weightsArb, (a, w) => {
          const W = w.reduce((x, y) => x + y, 0n);
          units(a, w).forEach((got, i) => {
            // |got − A·w_i/(W·u)| < 1  ⇔  |got·W·d − A_n·100·w_i| < W·d
            const diff = got * W * a.d - a.n * 100n * (w[i] as bigint);
            expect(diff < 0n ? -diff : diff).toBeLessThan(W * a.d);
          });
        }),
      );
    });

    it('gives zero to a zero weight', () => {
      fc.assert(
        fc.property(amountArb, weightsArb, (a, w) => {
          const got = units(a, [...w, 0n]);
          expect(got[got.length - 1]).toBe(0n);
        }),
      );
    });

    it('is invariant under permutation up to the tie-break (distinct remainders)', () => {
      fc.assert(
        fc.property(
          amountArb,
          fc.uniqueArray(fc.bigInt({ min: 1n, max: 10n ** 9n }), { minLength: 2, maxLength: 12 }),
          (a, w) => {
            const reversed = [...w].reverse();
            const got = units(a, w);
            const gotReversed = units(a, reversed).reverse();
            const W = w.reduce((x, y) => x + y, 0n);
            const remainders = w.map((x) => ((a.n < 0n ? -a.n : a.n) * 100n * x) % (a.d * W));
            if (new Set(remainders).size === remainders.length) expect(gotReversed).toEqual(got);
          },
        ),
      );
    });

    it('never gives a member more than its exact share rounded up, nor less than rounded down', () => {
      fc.assert(
        fc.property(
          amountArb.filter((a) => a.n >= 0n),
          weightsArb,
          (a, w) => {
            const W = w.reduce((x, y) => x + y, 0n);
            units(a, w).forEach((got, i) => {
              const exactNum = a.n * 100n * (w[i] as bigint);
              const floor = exactNum / (a.d * W);
              expect(got === floor || got === floor + 1n).toBe(true);
            });
          },
        ),
      );
    });
  });
});
