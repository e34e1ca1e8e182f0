import fc from 'fast-check';
import { largestRemainders } from '../../../src/engine/money/largestRemainder';

/** Reference order: exact BigInt sort, remainder desc then index asc. */
function reference(rem: bigint[], count: number): number[] {
  return rem
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r > b.r ? -1 : a.r < b.r ? 1 : a.i - b.i))
    .slice(0, count)
    .map((x) => x.i);
}

describe('largestRemainders', () => {
  it('orders by remainder then member order', () => {
    expect(largestRemainders([5n, 7n, 7n, 1n], 10n, 2)).toEqual([1, 2]);
    expect(largestRemainders([3n, 3n, 3n], 10n, 1)).toEqual([0]);
  });

  it('separates remainders a float cannot tell apart', () => {
    const den = 10n ** 40n;
    const a = den / 3n;
    expect(largestRemainders([a, a + 1n, a], den, 1)).toEqual([1]);
  });

  it('picks the same members as an exact sort on any input (properties)', () => {
    fc.assert(
      fc.property(
        fc
          .bigInt({ min: 2n, max: 10n ** 50n })
          .chain((den) =>
            fc.tuple(
              fc.constant(den),
              fc.array(
                fc.oneof(
                  fc.bigInt({ min: 0n, max: den - 1n }),
                  fc.constant(den / 2n),
                  fc.constant(den / 2n + 1n),
                ),
                { minLength: 1, maxLength: 60 },
              ),
            ),
          ),
        fc.nat(60),
        ([den, rem], count) => {
          const c = Math.min(count, rem.length);
          expect(largestRemainders(rem, den, c).sort((a, b) => a - b)).toEqual(
            reference(rem, c).sort((a, b) => a - b),
          );
        },
      ),
    );
  });
});
