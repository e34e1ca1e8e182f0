import fc from 'fast-check';
import { tierShapley } from '../../../src/engine/keys/tierShapley';
import { type Q, ZERO, add, cmp, eq, q, sub, sum } from '../../../src/engine/numbers/rational';

const cents = (n: number): Q => q(BigInt(n), 100n);
const text = (v: Q): string => `${v.n}/${v.d}`;

/** Ordered cumulative costs (cents) and member levels within them. */
const tieredGame = fc
  .array(fc.nat(1_000_000), { minLength: 1, maxLength: 8 })
  .map((steps) => {
    let c = 0;
    return steps.map((s) => (c += s)).map(cents);
  })
  .chain((costs) =>
    fc.tuple(
      fc.constant(costs),
      fc.array(fc.nat(costs.length - 1), { minLength: 0, maxLength: 12 }),
    ),
  );

/** Shapley value by definition: average marginal cost over every order (v(S) = cost of S's top level). */
function bruteForceShapley(costs: readonly Q[], levels: readonly number[]): Q[] {
  const totals = levels.map(() => ZERO);
  let orders = 0n;
  const permute = (order: readonly number[], left: readonly number[]): void => {
    if (left.length === 0) {
      orders++;
      let paid = ZERO;
      for (const i of order) {
        const cost = costs[levels[i] as number] as Q;
        if (cmp(cost, paid) > 0) {
          totals[i] = add(totals[i] as Q, sub(cost, paid));
          paid = cost;
        }
      }
      return;
    }
    left.forEach((i, k) => permute([...order, i], [...left.slice(0, k), ...left.slice(k + 1)]));
  };
  permute([], [...levels.keys()]);
  return totals.map((t) => q(t.n, t.d * orders));
}

describe('tierShapley', () => {
  it('shares the contract example 8/11/13/18 as 2/3/4/9', () => {
    const { shares, increments } = tierShapley([q(8n), q(11n), q(13n), q(18n)], [0, 1, 2, 3]);
    expect(shares.map(text)).toEqual(['2/1', '3/1', '4/1', '9/1']);
    expect(increments.map((r) => [text(r.increment), r.sharers, text(r.each)])).toEqual([
      ['8/1', 4, '2/1'],
      ['3/1', 3, '1/1'],
      ['2/1', 2, '1/1'],
      ['5/1', 1, '5/1'],
    ]);
  });

  it('leaves unneeded top levels unshared and gives nothing without members', () => {
    const { shares, increments } = tierShapley([q(6n), q(10n)], [0, 0, 0]);
    expect(shares.map(text)).toEqual(['2/1', '2/1', '2/1']);
    expect(increments[1]?.sharers).toBe(0);
    expect(eq(increments[1]?.each ?? q(1n), ZERO)).toBe(true);
    expect(tierShapley([q(5n)], []).shares).toEqual([]);
  });

  it('gives exact thirds (no rounding)', () => {
    expect(tierShapley([q(10n)], [0, 0, 0]).shares.map(text)).toEqual(['10/3', '10/3', '10/3']);
  });

  it('refuses unordered or negative costs and levels out of range', () => {
    expect(() => tierShapley([q(5n), q(3n)], [0])).toThrow(RangeError);
    expect(() => tierShapley([q(-1n)], [0])).toThrow(RangeError);
    expect(() => tierShapley([q(1n)], [1])).toThrow(RangeError);
    expect(() => tierShapley([q(1n)], [-1])).toThrow(RangeError);
  });

  describe('properties', () => {
    it('efficiency: Σ φ = cost of the highest level taken', () => {
      fc.assert(
        fc.property(tieredGame, ([costs, levels]) => {
          const total = sum(tierShapley(costs, levels).shares);
          const top = levels.length ? (costs[Math.max(...levels)] as Q) : ZERO;
          expect(eq(total, top)).toBe(true);
        }),
      );
    });

    it('symmetry: members at the same level pay the same', () => {
      fc.assert(
        fc.property(tieredGame, ([costs, levels]) => {
          const { shares } = tierShapley(costs, levels);
          levels.forEach((a, i) =>
            levels.forEach((b, j) => {
              if (a === b) expect(eq(shares[i] as Q, shares[j] as Q)).toBe(true);
            }),
          );
        }),
      );
    });

    it('monotonicity: a higher level never pays less, and shares are ≥ 0', () => {
      fc.assert(
        fc.property(tieredGame, ([costs, levels]) => {
          const { shares } = tierShapley(costs, levels);
          levels.forEach((a, i) => {
            expect(cmp(shares[i] as Q, ZERO)).toBeGreaterThanOrEqual(0);
            levels.forEach((b, j) => {
              if (a > b) expect(cmp(shares[i] as Q, shares[j] as Q)).toBeGreaterThanOrEqual(0);
            });
          });
        }),
      );
    });

    it('order invariance: permuting members permutes their shares', () => {
      fc.assert(
        fc.property(tieredGame, fc.nat(), ([costs, levels], seed) => {
          const order = levels
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
          const direct = tierShapley(costs, levels).shares;
          const permuted = tierShapley(
            costs,
            order.map((i) => levels[i] as number),
          ).shares;
          order.forEach((i, k) => expect(eq(permuted[k] as Q, direct[i] as Q)).toBe(true));
        }),
      );
    });

    it('is the Shapley value: equals the average marginal cost over every order', () => {
      fc.assert(
        fc.property(
          tieredGame.filter(([, levels]) => levels.length <= 5),
          ([costs, levels]) => {
            const expected = bruteForceShapley(costs, levels);
            tierShapley(costs, levels).shares.forEach((s, i) =>
              expect(eq(s, expected[i] as Q)).toBe(true),
            );
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
