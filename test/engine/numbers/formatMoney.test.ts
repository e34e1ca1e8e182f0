import fc from 'fast-check';
import {
  formatMoney,
  formatMoneyReference,
  frenchMoney,
  frenchNumber,
  frenchShare,
} from '../../../src/engine/numbers/formatMoney';
import { q } from '../../../src/engine/numbers/rational';

const CENT = q(1n, 100n);

describe('money and share text', () => {
  it('writes amounts with the decimals of the rounding unit', () => {
    expect(formatMoney(q(123450n, 100n), CENT)).toBe('1234.50');
    expect(formatMoney(q(-5n, 100n), CENT)).toBe('-0.05');
    expect(formatMoney(q(7n), q(1n))).toBe('7.00');
    expect(formatMoney(q(1234567n, 1000n), CENT)).toBe('1234.567');
  });

  it('groups thousands the French way', () => {
    expect(frenchNumber('-1234567.5')).toBe('-1\u202f234\u202f567,5');
    expect(frenchMoney(q(100n), CENT)).toBe('100,00\u00a0€');
  });

  it('keeps six significant digits in small shares', () => {
    expect(frenchShare(q(174772n, 10000000000n))).toBe('0,00174772\u00a0%');
    expect(frenchShare(q(1n, 3n))).toBe('33,3333\u00a0%');
  });

  it('round-trips any cent amount (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (cents) => {
        const text = formatMoney(q(cents, 100n), CENT);
        expect(BigInt(text.replace('.', ''))).toBe(cents);
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
      }),
    );
  });

  it('writes every amount as the BigInt reference does (property)', () => {
    const units = [q(1n, 100n), q(1n, 1000n), q(1n), q(1n, 10n), q(5n, 100n), q(1n, 10000n)];
    const denominators = fc.oneof(
      fc.constantFrom(1n, 2n, 3n, 4n, 5n, 8n, 10n, 100n, 1000n, 10000n, 100000n, 7n, 300n),
      fc.bigInt({ min: 1n, max: 10n ** 20n }),
    );
    const numerators = fc.oneof(
      fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }),
      fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
      fc.bigInt({ min: -1000n, max: 1000n }),
    );
    fc.assert(
      fc.property(numerators, denominators, fc.constantFrom(...units), (n, d, unit) => {
        const value = q(n, d);
        expect(formatMoney(value, unit)).toBe(formatMoneyReference(value, unit));
      }),
      { numRuns: 5000 },
    );
  });
});
