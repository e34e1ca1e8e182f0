/**
 * REPARTIR and PART on the cells Excel passes: the exact-allocation properties of contract
 * §3.1 (Σ = round(montant), each amount within one unit of its exact share, permutation
 * invariance up to the first-row tie-break), numbers read as typed, and every bad input an
 * error value with a French message, never a number.
 */
import fc from 'fast-check';
import { part, repartir, type SheetResult } from '../../../src/engine';
import { numberToQ } from '../../../src/engine/numbers/decimalText';
import { type Q, abs, cmp, div, mul, q, sub, sum } from '../../../src/engine/numbers/rational';
import { roundToUnit } from '../../../src/engine/numbers/round';

/** The numbers of an ok result, flattened; fails the test on an error value. */
function numbers(result: SheetResult): number[] {
  if (!result.ok) throw new Error(`erreur inattendue : ${result.error.message}`);
  return result.values.flat();
}

/** The exact value of a result cell (results are decimals written as doubles). */
const exact = (v: number): Q => numberToQ(v) as Q;

/** A decimal with up to `places` decimals, as the double Excel would hold. */
const decimal = (max: number, places: number) =>
  fc
    .integer({ min: 0, max: max * 10 ** places })
    .map((n) => Number((n / 10 ** places).toFixed(places)));

const amount = fc
  .integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 })
  .map((n) => Number((n / 100).toFixed(2)));
const weights = fc
  .array(decimal(1_000_000, 6), { minLength: 1, maxLength: 40 })
  .filter((w) => w.some((x) => x > 0));
const unit = fc.constantFrom(0.01, 0.05, 0.1, 1, 10);

describe('REPARTIR', () => {
  it('splits 100 € over 1/1/1 as 33.34/33.33/33.33 (equal remainders: first row first)', () => {
    expect(repartir(100, [[1], [1], [1]])).toEqual({
      ok: true,
      values: [[33.34], [33.33], [33.33]],
    });
    expect(repartir(100, [[1, 1, 1]])).toEqual({ ok: true, values: [[33.34, 33.33, 33.33]] });
    expect(repartir(-100, [[1], [1], [1]])).toEqual({
      ok: true,
      values: [[-33.34], [-33.33], [-33.33]],
    });
    expect(repartir(100, [[1], [2]], 1)).toEqual({ ok: true, values: [[33], [67]] });
  });

  it('reads numbers as typed: 0.1 and 0.2 are exactly 1/10 and 2/10, text in French form too', () => {
    // 0.3 € over 0.1 and 0.2: exactly 0.1 and 0.2 (a binary reading would not be exact).
    expect(numbers(repartir(0.3, [[0.1], [0.2]]))).toEqual([0.1, 0.2]);
    expect(numbers(repartir('1 234,56 €', [['1,5'], ['2,5']]))).toEqual([462.96, 771.6]);
    expect(numbers(repartir(10, [['50 %'], ['50 %']], '1'))).toEqual([5, 5]);
    // A one-cell range where a single value is expected is that value.
    expect(numbers(repartir([[10]], [[1], [1]], [[1]]))).toEqual([5, 5]);
  });

  it('gives Σ = round(montant), each within one unit of its exact share, for 1,000 random cases', () => {
    fc.assert(
      fc.property(amount, weights, unit, (a, w, u) => {
        const out = numbers(
          repartir(
            a,
            w.map((x) => [x]),
            u,
          ),
        ).map(exact);
        const A = exact(a);
        const W = sum(w.map(exact));
        const U = exact(u);
        expect(cmp(sum(out), roundToUnit(A, U))).toBe(0);
        out.forEach((v, i) => {
          const share = div(mul(A, exact(w[i] as number)), W);
          expect(cmp(abs(sub(v, share)), U)).toBeLessThan(0);
          expect(div(v, U).n % div(v, U).d).toBe(0n);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('is invariant under permutation, up to the tie-break of equal remainders', () => {
    fc.assert(
      fc.property(
        amount,
        weights.chain((w) =>
          fc.tuple(
            fc.constant(w),
            fc.shuffledSubarray(
              w.map((_, i) => i),
              { minLength: w.length, maxLength: w.length },
            ),
          ),
        ),
        unit,
        (a, [w, order], u) => {
          const direct = numbers(
            repartir(
              a,
              w.map((x) => [x]),
              u,
            ),
          ).map(exact);
          const permuted = numbers(
            repartir(
              a,
              order.map((i) => [w[i] as number]),
              u,
            ),
          ).map(exact);
          const U = exact(u);
          const A = abs(exact(a));
          const W = sum(w.map(exact));
          // r_i: the fraction of a unit left to member i once every member has its floor.
          const remainder = (x: number): Q => {
            const units = div(mul(A, exact(x)), mul(W, U));
            return q(units.n % units.d, units.d);
          };
          order.forEach((i, k) => {
            const moved = sub(permuted[k] as Q, direct[i] as Q);
            // A member's amount moves by at most one unit, and only when its remainder ties another's.
            expect(cmp(abs(moved), U)).toBeLessThanOrEqual(0);
            if (moved.n !== 0n) {
              const r = remainder(w[i] as number);
              const ties = w.filter((x, j) => j !== i && cmp(remainder(x), r) === 0);
              expect(ties.length).toBeGreaterThan(0);
            }
          });
          expect(cmp(sum(permuted), sum(direct))).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('PART', () => {
  it('gives the exact shares at 10 decimals, half away from zero', () => {
    expect(numbers(part([[1], [2]]))).toEqual([0.3333333333, 0.6666666667]);
    expect(numbers(part([[0.1, 0.1, 0.2]]))).toEqual([0.25, 0.25, 0.5]);
  });

  it('stays within 5e-11 of each exact share', () => {
    fc.assert(
      fc.property(weights, (w) => {
        const out = numbers(part(w.map((x) => [x]))).map(exact);
        const W = sum(w.map(exact));
        out.forEach((s, i) => {
          const share = div(exact(w[i] as number), W);
          expect(cmp(abs(sub(s, share)), q(5n, 10n ** 11n))).toBeLessThanOrEqual(0);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('bad input gives an error value with a French message, never a number', () => {
  const error = (result: SheetResult) => (result.ok ? null : result.error);

  it.each([
    [
      'a blank weight',
      () => repartir(100, [[1], [null]]),
      'valeur',
      /« poids » \(valeur n° 2\) est vide/,
    ],
    [
      'a blank weight as empty text',
      () => repartir(100, [[''], [1]]),
      'valeur',
      /valeur n° 1\) est vide/,
    ],
    ['a negative weight', () => repartir(100, [[1], [-2]]), 'nombre', /est négatif \(-2\)/],
    [
      'text that is not a number',
      () => repartir(100, [['abc'], [1]]),
      'valeur',
      /vaut « abc », qui n’est pas un nombre/,
    ],
    ['a comma and a dot', () => repartir(100, [['1.234,5']]), 'valeur', /virgule et un point/],
    ['a boolean', () => repartir(100, [[true]]), 'valeur', /vaut VRAI, qui n’est pas un nombre/],
    ['total weight 0', () => repartir(100, [[0], [0]]), 'nombre', /total des « poids » est 0/],
    [
      'a 2-D range',
      () =>
        repartir(100, [
          [1, 2],
          [3, 4],
        ]),
      'valeur',
      /une seule colonne ou une seule ligne/,
    ],
    ['an empty range', () => repartir(100, []), 'valeur', /« poids » est vide/],
    ['a range as the amount', () => repartir([[1, 2]], [[1]]), 'valeur', /une seule cellule/],
    ['a blank amount', () => repartir(null, [[1]]), 'valeur', /« montant » est vide/],
    ['an amount as a percentage', () => repartir('5 %', [[1]]), 'valeur', /pourcentage/],
    ['an amount beyond 10^12', () => repartir(2e12, [[1]]), 'nombre', /1 000 milliards/],
    [
      'a rounding unit of 0',
      () => repartir(100, [[1]], 0),
      'nombre',
      /« arrondi » doit être positif/,
    ],
    ['a negative rounding unit', () => repartir(100, [[1]], -0.01), 'nombre', /il vaut -0,01/],
    ['PART over a total of 0', () => part([[0]]), 'nombre', /aucune part/],
    ['PART with a text weight', () => part([['x']]), 'valeur', /« x »/],
  ])('%s', (_name, run, kind, message) => {
    const e = error(run());
    expect(e?.kind).toBe(kind);
    expect(e?.message).toMatch(message);
  });
});
