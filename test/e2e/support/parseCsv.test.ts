/** The CSV reader of the end-to-end tests. */
import { parseCsv } from './parseCsv';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, after a BOM', () => {
    const text = '\ufeffa;b;c\r\n1;"x;y";"dit ""oui"""\r\n2;"ligne 1\r\nligne 2";\r\n';
    expect(parseCsv(text, ';')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x;y', 'dit "oui"'],
      ['2', 'ligne 1\r\nligne 2', ''],
    ]);
  });

  it('reads a last line without a line break, and tabs', () => {
    expect(parseCsv('a\tb\n1\t2', '\t')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a;"b\r\n', ';')).toThrow('guillemet non fermé');
  });
});
