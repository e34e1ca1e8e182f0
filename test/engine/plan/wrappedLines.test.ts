/** Line estimates of wrapped text: greedy word wrap, no-break spaces kept, hyphens as break points. */
import fc from 'fast-check';
import { longestWord, wrappedLines } from '../../../src/engine/plan/print/wrappedLines';

describe('wrappedLines', () => {
  test('greedy word wrap', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('abc def', 7)).toBe(1);
    expect(wrappedLines('abc def', 6)).toBe(2);
    expect(wrappedLines('abc def ghi', 7)).toBe(2);
    expect(wrappedLines('a\nb', 10)).toBe(2);
  });

  test('a word longer than the line is broken across lines', () => {
    expect(wrappedLines('abcdefghij', 4)).toBe(3);
  });

  test('no-break spaces hold an amount together; a wider font needs more lines', () => {
    expect(wrappedLines('total 1\u202f234,56\u00a0€', 10)).toBe(2);
    expect(wrappedLines('total 1 234,56', 10)).toBe(2);
    expect(wrappedLines('abcd efgh', 9)).toBe(1);
    expect(wrappedLines('abcd efgh', 9, 1.5)).toBe(2);
  });

  test('never fewer lines than the characters need (a break drops one space), never more than the words', () => {
    const words = fc.array(fc.stringMatching(/^[a-zé]{1,12}$/), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(words, fc.integer({ min: 12, max: 80 }), (list, width) => {
        const text = list.join(' ');
        const lines = wrappedLines(text, width);
        // Each line holds at most `width` characters and a break drops at most one space.
        expect(lines).toBeGreaterThanOrEqual(Math.ceil((text.length + 1) / (width + 1)));
        expect(lines).toBeLessThanOrEqual(list.length);
      }),
    );
  });
});

describe('longestWord', () => {
  test('breaks at spaces and after hyphens, not at no-break spaces', () => {
    expect(longestWord('Sainte-Colombe-sur-Aurèle')).toBe('Colombe-'.length);
    expect(longestWord('1\u202f234,56\u00a0€ ok')).toBe(10);
    expect(longestWord('')).toBe(0);
  });
});
