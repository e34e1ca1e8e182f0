import fc from 'fast-check';
import { frenchPlural } from '../../../src/engine/export/frenchPlural';

describe('frenchPlural', () => {
  it('takes the singular for 0 and 1 and the plural from 2', () => {
    expect([0, 1, 2, 35_000].map((n) => `${n} ${frenchPlural(n, 'ligne')}`)).toEqual([
      '0 ligne',
      '1 ligne',
      '2 lignes',
      '35000 lignes',
    ]);
    expect(frenchPlural(3, 'texte précédé', 'textes précédés')).toBe('textes précédés');
  });

  it('is plural exactly when the count is 2 or more', () => {
    fc.assert(fc.property(fc.nat(), (n) => (frenchPlural(n, 'a', 'b') === 'b') === n >= 2));
  });
});
