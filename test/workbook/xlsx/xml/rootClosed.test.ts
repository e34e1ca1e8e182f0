import { isRootClosed } from '../../../../src/workbook/xlsx/xml/rootClosed';

describe('isRootClosed', () => {
  it('accepts a part that ends by closing its root, with any prefix, spaces, comments or PIs after it', () => {
    expect(isRootClosed('<worksheet><sheetData/></worksheet>', 'worksheet')).toBe(true);
    expect(
      isRootClosed('<x:worksheet xmlns:x="u"><x:sheetData/></x:worksheet >\r\n', 'worksheet'),
    ).toBe(true);
    expect(isRootClosed('<sst></sst><!-- fin --> <?pi x?>\n', 'sst')).toBe(true);
    expect(isRootClosed('\uFEFF<?xml version="1.0"?>\n<sst count="0"/>', 'sst')).toBe(true);
  });

  it('refuses a part cut short, or whose last tag closes something else', () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    for (let cut = 1; cut < sheet.length; cut++)
      expect(isRootClosed(sheet.substring(0, cut), 'worksheet')).toBe(false);
    expect(isRootClosed('', 'worksheet')).toBe(false);
    expect(isRootClosed('<worksheet></worksheet>', 'sst')).toBe(false);
    expect(isRootClosed('<sst><si><t>a</t></si>', 'sst')).toBe(false);
    // A self-closing element of the root's name deep inside is no root (Alt Text's x14:table).
    expect(isRootClosed('<table ref="A1:B2"><extLst><ext><x14:table altText="a"/>', 'table')).toBe(
      false,
    );
    expect(isRootClosed('<worksheet><!-- cut', 'worksheet')).toBe(false);
  });
});
