import { q } from '../../../src/engine/numbers/rational';
import { tierShapley } from '../../../src/engine/keys/tierShapley';
import { tierShareText } from '../../../src/engine/billing/tierText';
import type { TierExplanation } from '../../../src/engine/keys/tierCriterion';

const CENT = q(1n, 100n);
/** The text with its narrow and non-breaking spaces written as plain spaces. */
const plain = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');
const NAMES = ['Base', 'Sauvegarde', 'Plan de reprise', 'Astreinte'];

/** The contract example 8/11/13/18 k€ with one member per level, in the order given. */
function explanation(levelOf: number[]): TierExplanation {
  const { increments } = tierShapley(
    [8000n, 11000n, 13000n, 18000n].map((c) => q(c)),
    levelOf,
  );
  const levels = NAMES.map((name, k) => ({
    name,
    cost: q(BigInt(k)),
    place: { table: 'Paliers' },
  }));
  return { levels, increments, levelOf };
}

describe('tierShareText (§6.3)', () => {
  it('explains each member of the contract example by its own level', () => {
    const tiers = explanation([0, 1, 2, 3]);
    expect(plain(tierShareText(tiers, 0, CENT))).toBe(
      'palier Base : 8 000,00 € partagés entre 4 membres (2 000,00 €), soit 2 000,00 €',
    );
    expect(plain(tierShareText(tiers, 3, CENT))).toBe(
      'palier Base : 8 000,00 € partagés entre 4 membres (2 000,00 €), puis palier Sauvegarde : 3 000,00 € partagés entre 3 membres (1 000,00 €), puis palier Plan de reprise : 2 000,00 € partagés entre 2 membres (1 000,00 €), puis palier Astreinte : 5 000,00 € à la charge de ce seul membre, soit 9 000,00 €',
    );
  });

  it('gives members of the same level the same words, in any order of the calls', () => {
    const tiers = explanation([1, 3, 1, 0, 1]);
    const first = [4, 3, 2, 1, 0].map((j) => tierShareText(tiers, j, CENT)).reverse();
    expect(first[0]).toBe(first[2]);
    expect(first[0]).toBe(first[4]);
    expect(first[1]).not.toBe(first[0]);
    expect(plain(first[3] as string)).toMatch(
      /^palier Base : 8 000,00 € partagés entre 5 membres \(1 600,00 €\), soit 1 600,00 €$/,
    );
    expect([0, 1, 2, 3, 4].map((j) => tierShareText(tiers, j, CENT))).toEqual(first);
  });

  it('groups the thousands of the number of members sharing an increment', () => {
    const tiers = explanation(Array.from({ length: 35000 }, () => 0));
    expect(tierShareText(tiers, 0, CENT)).toBe(
      'palier Base : 8\u202f000,00\u202f€ partagés entre 35\u202f000 membres (≈\u202f0,23\u202f€), soit ≈\u202f0,23\u202f€',
    );
  });

  it('writes the amounts again when the rounding unit changes', () => {
    const tiers = explanation([0, 1, 1]);
    expect(plain(tierShareText(tiers, 1, CENT))).toContain('(≈ 2 666,67 €)');
    expect(plain(tierShareText(tiers, 1, q(1n, 1000n)))).toContain('(≈ 2 666,667 €)');
    expect(plain(tierShareText(tiers, 1, CENT))).toContain('(≈ 2 666,67 €)');
  });
});
