/** Displayed widths of plan cells in French number formats. */
import { displayWidth } from '../../../src/engine/plan/print/displayWidth';

describe('displayWidth', () => {
  test.each([
    ['441624.95', 'euro', '441 624,95 €'],
    ['-6563.94', 'euro', '-6 563,94 €'],
    ['0', 'euro', '0,00 €'],
    ['0.0857148376', 'share', '8,5715 %'],
    ['1', 'share', '100,0000 %'],
    ['0.5', 'percent', '50,00 %'],
    ['441624.945049', 'number', '441 624,945049'],
    ['24870', 'number', '24 870'],
    ['365', 'integer', '365'],
    ['2026-03-16', 'date', '16/03/2026'],
    ['Saint-Aurèle', 'text', 'Saint-Aurèle'],
  ] as const)('%s as %s shows as « %s »', (cell, format, shown) => {
    expect(displayWidth(cell, format)).toBe(shown.length);
  });

  test('a blank cell takes no room', () => {
    expect(displayWidth(null, 'euro')).toBe(0);
    expect(displayWidth('', 'text')).toBe(0);
  });
});
