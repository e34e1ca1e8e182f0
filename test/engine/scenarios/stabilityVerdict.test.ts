import { stabilityVerdict, verdictWords } from '../../../src/engine/scenarios/stabilityVerdict';

describe('stability verdict words (§6.4)', () => {
  it('gains for all, one or several who would leave, or no test', () => {
    expect(verdictWords([])).toBe(
      'chaque membre et chaque groupe donnés gagnent à la mutualisation',
    );
    expect(verdictWords(['A + B'])).toBe('quitterait la mutualisation : A + B');
    expect(verdictWords(['C', 'A + B'])).toBe('quitteraient la mutualisation : C ; A + B');
    expect(verdictWords(null)).toBeNull();
    const line = { scenario: 'S', total: '0', losers: 0, membersNotGaining: null };
    expect(stabilityVerdict({ ...line, wouldLeave: ['C'] })).toBe(
      'S : quitterait la mutualisation : C.',
    );
    expect(stabilityVerdict({ ...line, wouldLeave: null })).toBeNull();
  });
});
