/**
 * `productRoundingText` on integers in doubles writes, word for word, the reference
 * `roundingText(rounding(a × b, result, u), unit)` on BigInt rationals — for every pair
 * of short decimals, every kept result near the rounded product (the largest remainder
 * moving a unit or not), and units 1, 0.1, 0.01, 0.001 — and gives up (null) when the
 * product leaves the exact double range.
 */
import fc from 'fast-check';
import { type Q, q } from '../../../src/engine/numbers/rational';
import { formatExact } from '../../../src/engine/numbers/decimalText';
import { formatMoney } from '../../../src/engine/numbers/formatMoney';
import { roundToUnit } from '../../../src/engine/numbers/round';
import { product, rounding } from '../../../src/engine/billing/describeLine';
import { euros, roundingText } from '../../../src/engine/calculation/calculationText';
import {
  productRoundingText,
  scaledDecimal,
} from '../../../src/engine/calculation/decimalProductText';

const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, k]): Q => q(n, 10n ** BigInt(k)));

describe('productRoundingText = roundingText(rounding(a × b))', () => {
  test('exact products, kept as rounded or moved by a few units', () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: -2, max: 2 }),
        (a, b, unitPlaces, moved) => {
          const u = q(1n, 10n ** BigInt(unitPlaces));
          const exact = product(a, b);
          const kept = roundToUnit(exact, u);
          const result: Q = { n: kept.n * u.d + BigInt(moved) * u.n * kept.d, d: kept.d * u.d };
          const unitText = formatExact(u);
          const expected = roundingText(rounding(exact, result, u), unitText);
          const sa = scaledDecimal(a);
          const sb = scaledDecimal(b);
          expect(sa).not.toBeNull();
          expect(sb).not.toBeNull();
          const fast = productRoundingText(sa!, sb!, formatMoney(result, u), {
            places: unitPlaces,
            moneyPlaces: Math.max(2, unitPlaces),
            roundedTo: `, arrondi à ${euros(unitText)}`,
          });
          if (fast !== null) expect(fast).toBe(expected);
          else
            expect(
              sa!.scaled * sb!.scaled > Number.MAX_SAFE_INTEGER ||
                sa!.places + sb!.places < unitPlaces ||
                !Number.isSafeInteger(Number(formatMoney(result, u).replace('.', ''))),
            ).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a fee of the sample shape: 322,16 € × 1,5 %', () => {
    const u = q(1n, 100n);
    const unit = { places: 2, moneyPlaces: 2, roundedTo: `, arrondi à ${euros('0.01')}` };
    const text = productRoundingText(
      { scaled: 32216, places: 2 },
      scaledDecimal(q(3n, 200n))!,
      '4.83',
      unit,
    );
    expect(text).toBe(
      roundingText(rounding(product(q(32216n, 100n), q(3n, 200n)), q(483n, 100n), u), '0.01'),
    );
    expect(text).toBe('= 4,8324\u202f€, arrondi à 0,01\u202f€ : 4,83\u202f€');
  });
});
