/** `periodFileName`: the chosen period replaces the exercice in an exported file's name. */
import { periodFileName } from '../../../src/taskpane/components/PeriodSelector/periodFileName';

describe('periodFileName', () => {
  it.each([
    ['titres-2026-generique.csv', '2026-T2', 'titres-2026-T2-generique.csv'],
    ['reductions-2026-ciril.csv', '2026-M07', 'reductions-2026-M07-ciril.csv'],
    ['titres-2026-generique.csv', '2026', 'titres-2026-generique.csv'],
    ['titres-2026-generique.csv', null, 'titres-2026-generique.csv'],
    ['titres-2025-generique.csv', '2026-S1', 'titres-2025-generique.csv'],
  ])('%s for %s is %s', (name, period, expected) => {
    expect(periodFileName(name, period)).toBe(expected);
  });
});
