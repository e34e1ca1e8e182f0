import fc from 'fast-check';
import { parseNumberText } from '../../../src/engine/numbers/parseNumberText';
import {
  numberToQ,
  formatExact,
  formatFixed,
  parseDecimal,
} from '../../../src/engine/numbers/decimalText';
import { q, eq } from '../../../src/engine/numbers/rational';
import { roundToUnit } from '../../../src/engine/numbers/round';

const value = (t: string, rate = false) => {
  const r = parseNumberText(t, rate);
  return r.ok ? formatExact(r.value) : r.error;
};

describe('numbers typed as text (§1)', () => {
  it.each([
    ['1234.5', '1234.5'],
    ['1 234,50', '1234.5'],
    ['1\u00a0234,50 €', '1234.5'],
    ['1\u202f234\u202f567,89', '1234567.89'],
    ['1,234', '1.234'],
    ['-12,5', '-12.5'],
    ['\u221212,5', '-12.5'],
    ['0,03', '0.03'],
  ])('reads %j as %s', (text, expected) => expect(value(text)).toBe(expected));

  it('reads percentages only where a rate is expected', () => {
    expect(value('12 %', true)).toBe('0.12');
    expect(value('3%', true)).toBe('0.03');
    expect(value('12 %')).toBe('percent-not-allowed');
  });

  it.each(['1,234.50', '1.234,50', 'abc', '12 34', '1,2,3', '', '€'])('refuses %j', (text) => {
    expect(parseNumberText(text, false).ok).toBe(false);
  });
});

describe('numeric cells: shortest round-trip decimal', () => {
  it('reads 0.1 as exactly 1/10', () => expect(eq(numberToQ(0.1) ?? q(0n), q(1n, 10n))).toBe(true));
  it('reads large and tiny numbers exactly as written', () => {
    expect(formatExact(numberToQ(1e15) ?? q(0n))).toBe('1000000000000000');
    expect(formatExact(numberToQ(1.5e-7) ?? q(0n))).toBe('0.00000015');
  });
  it('round-trips any finite double through its decimal (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        (d) => {
          const v = numberToQ(d);
          expect(v).not.toBeNull();
          if (v) expect(Number(formatExact(v))).toBe(d === 0 ? 0 : d);
        },
      ),
    );
  });
});

describe('round(v, u): half away from zero (§3.1)', () => {
  it.each([
    ['2.345', '0.01', '2.35'],
    ['-2.345', '0.01', '-2.35'],
    ['2.3449', '0.01', '2.34'],
    ['7.5', '5', '10'],
    ['12.5', '1', '13'],
  ])('round(%s, %s) = %s', (v, u, expected) => {
    expect(formatExact(roundToUnit(parseDecimal(v) ?? q(0n), parseDecimal(u) ?? q(1n)))).toBe(
      expected,
    );
  });
  it('is always within half a unit and a multiple of the unit (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const v = q(n, d);
          const r = roundToUnit(v, q(1n, 100n));
          expect((r.n * 100n) % r.d).toBe(0n);
          const diff = (r.n * v.d - v.n * r.d) * 2n * 100n;
          expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(r.d * v.d);
        },
      ),
    );
  });
  it('formats shares with 10 decimals, half away from zero', () => {
    expect(formatFixed(q(1n, 3n), 10)).toBe('0.3333333333');
    expect(formatFixed(q(2n, 3n), 10)).toBe('0.6666666667');
    expect(formatFixed(q(-5n, 100000000000n), 10)).toBe('-0.0000000001');
  });
});

describe('parsing is stateless', () => {
  it('reads a grouped amount right after a refused text (no regex state carried over)', () => {
    expect(parseNumberText('12 34', false).ok).toBe(false);
    expect(value('12 384,00')).toBe('12384');
    expect(value('1 234')).toBe('1234');
  });
});
