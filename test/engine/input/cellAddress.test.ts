import fc from 'fast-check';
import {
  cellAddress,
  columnLetters,
  formatRange,
  parseCellAddress,
  parseRange,
} from '../../../src/engine/input/cellAddress';

describe('A1 addresses (1-based, the one convention)', () => {
  it('writes column letters and addresses', () => {
    expect([1, 26, 27, 28, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    expect(cellAddress(3, 2)).toBe('B3');
  });

  it('reads back what it writes, anchors and lower case included (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1048576 }),
        fc.integer({ min: 1, max: 16384 }),
        (r, c) => {
          const a = cellAddress(r, c);
          expect(parseCellAddress(a)).toEqual([r, c]);
          expect(parseCellAddress(`$${a.replace(/(\d)/, '$$$1')}`.toLowerCase())).toEqual([r, c]);
        },
      ),
    );
  });

  it('reads and writes ranges, in any corner order', () => {
    expect(parseRange('D10:a1')).toEqual({ top: 1, left: 1, bottom: 10, right: 4 });
    expect(formatRange({ top: 1, left: 1, bottom: 10, right: 4 })).toBe('A1:D10');
    expect(parseRange('A0:B2')).toBeNull();
    expect(parseCellAddress('B3x')).toBeNull();
  });
});
