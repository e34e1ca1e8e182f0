import fc from 'fast-check';
import { allocateUnits } from '../../../src/engine/money/allocate';
import { allocateWithEstimates } from '../../../src/engine/money/allocateWithEstimates';
import { q, type Q } from '../../../src/engine/numbers/rational';

const CENT = q(1n, 100n);

/** Estimates as the engine builds them: Number(W_i)/Number(W), optionally perturbed by a relative error. */
function estimatesOf(weights: bigint[], noise = 0): Float64Array {
  const total = Number(weights.reduce((a, b) => a + b, 0n));
  return Float64Array.from(
    weights.map((w, i) => (Number(w) / total) * (1 + noise * (i % 2 ? 1 : -1))),
  );
}

function both(amount: Q, weights: bigint[], noise = 0, u: Q = CENT) {
  const total = weights.reduce((a, b) => a + b, 0n);
  const exact = allocateUnits(amount, weights, total, u);
  const fast = allocateWithEstimates(
    amount,
    {
      estimates: estimatesOf(weights, noise),
      weightOf: (i) => weights[i] as bigint,
      totalWeight: total,
    },
    u,
  );
  return { exact, fast };
}

describe('allocateWithEstimates gives exactly the exact allocation', () => {
  it('on the contract examples', () => {
    const r = both(q(15n), [6n, 3n, 1n], 0, q(1n));
    expect(r.fast).toEqual([9n, 5n, 1n]);
    const ties = both(q(100n), [1n, 1n, 1n], 0, q(1n));
    expect(ties.fast).toEqual([34n, 33n, 33n]);
  });

  it('when thousands of remainders crowd at the cut (the whole order is then sorted)', () => {
    const equal = Array.from({ length: 5000 }, (_, i) => (i === 17 ? 3n : 1n));
    for (const cents of [100001n, 123457n, 499999n, 1n]) {
      const r = both(q(cents, 100n), equal);
      expect(r.fast).toEqual(r.exact);
    }
  });

  it('with remainders a double cannot separate (huge weights differing by 1)', () => {
    const big = 10n ** 30n;
    const r = both(q(100001n, 100n), [big, big + 1n, big, big - 1n]);
    expect(r.fast).toEqual(r.exact);
  });

  describe('properties', () => {
    const weights = fc
      .array(
        fc.oneof(
          fc.bigInt({ min: 0n, max: 10n ** 6n }),
          fc.bigInt({ min: 0n, max: 10n ** 40n }),
          fc.constantFrom(0n, 1n, 7n, 10n ** 20n),
        ),
        { minLength: 1, maxLength: 50 },
      )
      .filter((w) => w.some((x) => x > 0n));
    const amounts = fc
      .oneof(
        fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
        fc.bigInt({ min: -1000n, max: 1000n }),
      )
      .map((n) => q(n, 100n));

    it('equals allocateUnits on random keys and amounts', () => {
      fc.assert(
        fc.property(amounts, weights, (a, w) => {
          const r = both(a, w);
          expect(r.fast).toEqual(r.exact);
        }),
        { numRuns: 2000 },
      );
    });

    it('stays exact when estimates carry a relative error of 1e-14', () => {
      fc.assert(
        fc.property(amounts, weights, (a, w) => {
          const r = both(a, w, 1e-14);
          expect(r.fast).toEqual(r.exact);
        }),
        { numRuns: 1000 },
      );
    });

    it('equals allocateUnits on large keys, where only the estimates near the cut are sorted', () => {
      // 64/n of reach: with hundreds or thousands of members the neighbourhood of the cut is a small part.
      const large = fc.tuple(
        fc.integer({ min: 200, max: 3000 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(10n ** 3n, 10n ** 9n, 10n ** 30n),
        fc.integer({ min: 0, max: 3 }),
      );
      fc.assert(
        fc.property(amounts, large, (a, [n, seed, scale, repeats]) => {
          let x = seed;
          const next = () => (x = (x * 48271) % 2147483647);
          // Some weights repeated (ties near the cut), some near-equal (clusters), the rest random.
          const w = Array.from({ length: n }, (_, i) =>
            i % 7 < repeats
              ? scale
              : i % 11 === 0
                ? scale * 1000n + BigInt(i % 3)
                : BigInt(next()) * (scale / 1000n + 1n),
          );
          const r = both(a, w, 1e-14);
          expect(r.fast).toEqual(r.exact);
        }),
        { numRuns: 120 },
      );
    });

    it('stays exact with many equal weights (ties everywhere)', () => {
      fc.assert(
        fc.property(
          amounts,
          fc.integer({ min: 1, max: 300 }),
          fc.bigInt({ min: 1n, max: 10n ** 12n }),
          (a, n, x) => {
            const r = both(
              a,
              Array.from({ length: n }, () => x),
            );
            expect(r.fast).toEqual(r.exact);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
