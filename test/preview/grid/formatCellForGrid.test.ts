import { EXCEL_NUMBER_FORMATS } from '../../../src/engine';
import { formatCellForGrid } from '../../../src/preview/grid/formatCellForGrid';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const show = (value: number | string | boolean | null, numberFormat = 'General') =>
  formatCellForGrid({ value, numberFormat });

describe('formatCellForGrid', () => {
  it('shows the plan formats as Excel shows them in French', () => {
    expect(show(1234.5, EXCEL_NUMBER_FORMATS.euro)).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(show(-3, EXCEL_NUMBER_FORMATS.euro)).toBe(`-3,00${NBSP}€`);
    expect(show(0.123456, EXCEL_NUMBER_FORMATS.share)).toBe(`12,3456${NBSP}%`);
    expect(show(0.5, EXCEL_NUMBER_FORMATS.percent)).toBe(`50,00${NBSP}%`);
    expect(show(46097, EXCEL_NUMBER_FORMATS.date)).toBe('16/03/2026');
    expect(show(241, EXCEL_NUMBER_FORMATS.integer)).toBe('241');
    expect(show(1234.5, EXCEL_NUMBER_FORMATS.number)).toBe(`1${NNBSP}234,5`);
    expect(show(70875, EXCEL_NUMBER_FORMATS.text)).toBe('70875');
  });

  it('shows General numbers with a decimal comma, text as it is, booleans in French', () => {
    expect(show(0.0001)).toBe('0,0001');
    expect(show(612400)).toBe('612400');
    expect(show('12 384,00')).toBe('12 384,00');
    expect(show(true)).toBe('VRAI');
    expect(show(null)).toBe('');
  });
});
