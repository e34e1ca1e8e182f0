/** Cell XML per column: references, numbers, dates, escaped text, and values repeated row after row. */
import {
  columnCellWriter,
  compactColumnCellWriter,
  numberText,
  SHARING_SAMPLE,
  withReference,
} from '../../../../src/workbook/xlsx/write/cellXml';
import { SharedStringTable } from '../../../../src/workbook/xlsx/write/sharedStringTable';

describe('columnCellWriter', () => {
  it('writes each cell with its own reference, also when the value repeats', () => {
    const write = columnCellWriter('B', 7, 'text', false);
    expect(write('2', 'A & B')).toBe('<c r="B2" s="7" t="inlineStr"><is><t>A &amp; B</t></is></c>');
    expect(write('3', 'A & B')).toBe('<c r="B3" s="7" t="inlineStr"><is><t>A &amp; B</t></is></c>');
    expect(write('4', ' lead')).toBe(
      '<c r="B4" s="7" t="inlineStr"><is><t xml:space="preserve"> lead</t></is></c>',
    );
    expect(write('5', 'A & B')).toBe('<c r="B5" s="7" t="inlineStr"><is><t>A &amp; B</t></is></c>');
    expect(write('6', 'ligne 1\nligne 2')).toBe(
      '<c r="B6" s="7" t="inlineStr"><is><t xml:space="preserve">ligne 1\nligne 2</t></is></c>',
    );
    expect(write('7', 'fin ')).toBe(
      '<c r="B7" s="7" t="inlineStr"><is><t xml:space="preserve">fin </t></is></c>',
    );
    expect(write('8', 'a\u0001b_x0041_')).toBe(
      '<c r="B8" s="7" t="inlineStr"><is><t>a_x0001_b_x005F_x0041_</t></is></c>',
    );
    expect(write('9', '« Messagerie » 1\u202f234,50\u00a0€')).toBe(
      '<c r="B9" s="7" t="inlineStr"><is><t>« Messagerie » 1\u202f234,50\u00a0€</t></is></c>',
    );
    expect(write('10', '')).toBe('<c r="B10" s="7" t="inlineStr"><is><t></t></is></c>');
  });

  it('writes numbers and dates as numeric cells, anything else as text', () => {
    const euro = columnCellWriter('J', 8, 'euro', false);
    expect(euro('2', '421.88')).toBe('<c r="J2" s="8"><v>421.88</v></c>');
    expect(euro('3', 'n/a')).toBe('<c r="J3" s="8" t="inlineStr"><is><t>n/a</t></is></c>');
    const date = columnCellWriter('K', 13, 'date', false);
    expect(date('2', '2026-03-02')).toBe('<c r="K2" s="13"><v>46083</v></c>');
    expect(date('3', '2026-03-02')).toBe('<c r="K3" s="13"><v>46083</v></c>');
    expect(columnCellWriter('K', 13, 'date', true)('2', '2026-03-02')).toBe(
      '<c r="K2" s="13"><v>44621</v></c>',
    );
  });

  it('keeps decimals of up to 15 significant digits as written', () => {
    expect(numberText('-0.05')).toBe('-0.05');
    expect(numberText('12345678901234567.5')).toBe('12345678901234568');
  });
});

describe('compactColumnCellWriter', () => {
  const table = (): SharedStringTable => SharedStringTable.continuing(null) as SharedStringTable;

  it('writes whole cells without reference, short texts shared, repeats counted', () => {
    const strings = table();
    const text = compactColumnCellWriter(7, 'text', false, strings);
    expect(text('2', 'Alpha')).toBe('<c s="7" t="s"><v>0</v></c>');
    expect(text('3', 'Alpha')).toBe('<c s="7" t="s"><v>0</v></c>');
    expect(text('4', 'A & B')).toBe('<c s="7" t="s"><v>1</v></c>');
    expect(text('5', 'x'.repeat(101))).toBe(
      `<c s="7" t="inlineStr"><is><t>${'x'.repeat(101)}</t></is></c>`,
    );
    expect(text('6', '')).toBe('<c s="7" t="inlineStr"><is><t></t></is></c>');
    expect(strings.references).toBe(3);
    const euro = compactColumnCellWriter(8, 'euro', false, strings);
    expect(euro('2', '421.88')).toBe('<c s="8"><v>421.88</v></c>');
    expect(euro('3', 'n/a')).toBe('<c s="8" t="s"><v>2</v></c>');
    expect(withReference(euro('4', '1'), 'J4')).toBe('<c r="J4" s="8"><v>1</v></c>');
    expect(compactColumnCellWriter(13, 'date', true, null)('2', '2026-03-02')).toBe(
      '<c s="13"><v>44621</v></c>',
    );
    expect(compactColumnCellWriter(7, 'text', false, null)('2', 'a<b')).toBe(
      '<c s="7" t="inlineStr"><is><t>a&lt;b</t></is></c>',
    );
  });

  it('stops sharing a column whose sampled texts are mostly new, keeps one that repeats', () => {
    const strings = table();
    const unique = compactColumnCellWriter(7, 'text', false, strings);
    const repeating = compactColumnCellWriter(7, 'text', false, strings);
    for (let i = 0; i < SHARING_SAMPLE; i++) {
      unique('2', `u${i}`);
      repeating('2', `r${i % 10}`);
    }
    expect(unique('2', 'u-after')).toBe('<c s="7" t="inlineStr"><is><t>u-after</t></is></c>');
    expect(repeating('2', 'r-after')).toMatch(/^<c s="7" t="s"><v>\d+<\/v><\/c>$/);
    expect(unique('2', 'r3')).toBe('<c s="7" t="inlineStr"><is><t>r3</t></is></c>');
  });
});
