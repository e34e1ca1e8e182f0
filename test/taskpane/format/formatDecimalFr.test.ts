import fc from 'fast-check';
import {
  formatDecimalFr,
  formatEuroFr,
  THOUSANDS_SEPARATOR,
} from '../../../src/taskpane/format/formatDecimalFr';

const S = THOUSANDS_SEPARATOR;

describe('formatDecimalFr', () => {
  it('groups thousands and uses a decimal comma', () => {
    expect(formatDecimalFr('1234567.891')).toBe(`1${S}234${S}567,891`);
    expect(formatDecimalFr('-1234.5', 2)).toBe(`-1${S}234,50`);
    expect(formatDecimalFr('12', 2)).toBe('12,00');
    expect(formatDecimalFr('0.1')).toBe('0,1');
  });

  it('never rounds: extra decimals are kept', () => {
    expect(formatDecimalFr('0.123456789', 2)).toBe('0,123456789');
  });

  it('shows amounts beyond float precision exactly', () => {
    expect(formatDecimalFr('999999999999.99')).toBe(`999${S}999${S}999${S}999,99`);
    expect(formatDecimalFr('9007199254740993')).toBe(`9${S}007${S}199${S}254${S}740${S}993`);
  });

  it('drops the sign of zero and leading zeros', () => {
    expect(formatDecimalFr('-0.00', 2)).toBe('0,00');
    expect(formatDecimalFr('007.5')).toBe('7,5');
  });

  it('returns non-decimal text unchanged', () => {
    expect(formatDecimalFr('abc')).toBe('abc');
    expect(formatEuroFr('n/a')).toBe('n/a');
  });

  it('adds the euro sign after a no-break space', () => {
    expect(formatEuroFr('1234.5')).toBe(`1${S}234,50\u00a0€`);
  });

  describe('properties', () => {
    it('removing separators and swapping the comma gives back the same decimal', () => {
      const decimal = fc
        .tuple(
          fc.boolean(),
          fc.bigInt({ min: 0n, max: 10n ** 15n }),
          fc.integer({ min: 0, max: 99 }),
        )
        .map(
          ([negative, units, cents]) =>
            `${negative ? '-' : ''}${units}.${String(cents).padStart(2, '0')}`,
        );
      fc.assert(
        fc.property(decimal, (value) => {
          const back = formatDecimalFr(value, 2).split(S).join('').replace(',', '.');
          const zero = /^-?0\.00$/.test(value);
          expect(back).toBe(zero ? '0.00' : value);
        }),
      );
    });
  });
});
