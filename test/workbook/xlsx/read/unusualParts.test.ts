/**
 * Parts cut short (the sheet, a table, the shared strings, the styles, a relationships
 * part) are refused as damaged instead of read partly; an Excel table with Alt Text (an
 * `x14:table` in its `extLst`, as Microsoft's templates have) is read.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readXlsxWorkbook } from '../../../../src/workbook/xlsx/read/readXlsxWorkbook';
import { buildPackage, MAIN_NS, stylesXml, tableXml } from '../support/buildPackage';

const rows = (count: number): string =>
  Array.from(
    { length: count },
    (_, i) =>
      `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>M${i}</t></is></c><c r="B${i + 2}"><v>${i}</v></c></row>`,
  ).join('');

function adhesions(): Uint8Array {
  return buildPackage({
    sharedStrings: ['Membre', 'Quantité'],
    styles: stylesXml([0]),
    sheets: [
      {
        name: 'Usages',
        body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>${rows(200)}</sheetData><tableParts count="1"><tablePart r:id="rT"/></tableParts>`,
        rels: [['rT', 'table', '../tables/table1.xml']],
      },
    ],
    parts: { 'xl/tables/table1.xml': tableXml(1, 'Usages', 'A1:B201', ['Membre', 'Quantité']) },
  });
}

/** The package with part `name` cut where `cut` says. */
function truncated(name: string, cut: (xml: string) => number): Uint8Array {
  const files = unzipSync(adhesions());
  const xml = Buffer.from(files[name] as Uint8Array).toString('utf8');
  return zipSync({ ...files, [name]: strToU8(xml.substring(0, cut(xml))) });
}

describe('parts cut short', () => {
  it('reads the sound package (200 rows)', async () => {
    const workbook = await readXlsxWorkbook(adhesions());
    expect(workbook.tables.find((t) => t.source === 'table')?.rows).toHaveLength(200);
    expect(workbook.readProblems).toEqual([]);
  });

  it('refuses a sheet cut after row 50 instead of reading 49 rows', async () => {
    const bytes = truncated('xl/worksheets/sheet1.xml', (xml) => xml.indexOf('<row r="51"'));
    await expect(readXlsxWorkbook(bytes)).rejects.toMatchObject({
      code: 'DAMAGED',
      message:
        "le classeur est endommagé (partie « xl/worksheets/sheet1.xml » tronquée : elle s'arrête avant sa fin) : ouvrez-le dans Excel, laissez-le le réparer et enregistrez-le",
    });
  });

  it.each([
    ['xl/worksheets/sheet1.xml', (xml: string) => xml.length - 5],
    ['xl/tables/table1.xml', (xml: string) => xml.indexOf('<tableColumn ') + 20],
    ['xl/sharedStrings.xml', (xml: string) => xml.indexOf('</si>') + 5],
    ['xl/styles.xml', (xml: string) => xml.indexOf('<cellXfs')],
    ['xl/_rels/workbook.xml.rels', (xml: string) => xml.length - 3],
    ['xl/worksheets/_rels/sheet1.xml.rels', (xml: string) => xml.indexOf('<Relationship ') + 1],
    ['_rels/.rels', (xml: string) => xml.length - 16],
  ])('refuses %s cut short, naming it', async (name, cut) => {
    await expect(readXlsxWorkbook(truncated(name, cut))).rejects.toMatchObject({
      code: 'DAMAGED',
      message: expect.stringContaining(`partie « ${name} » tronquée`),
    });
  });
});

describe('an Excel table with Alt Text', () => {
  it('reads the table (its x14:table in extLst names no range)', async () => {
    const table =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="1" xr:uid="{00000000-000C-0000-FFFF-FFFF00000000}" name="Membres" displayName="Membres" ref="A1:B3">` +
      '<autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Membre"/><tableColumn id="2" name="Population"/></tableColumns>' +
      '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
      '<extLst><ext uri="{504A1905-F514-4f6f-8877-14C23A59335A}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:table altText="Liste des membres" altTextSummary="Un membre par ligne, avec sa population"/></ext></extLst></table>';
    const bytes = buildPackage({
      sheets: [
        {
          name: 'Feuil1',
          body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Membre</t></is></c><c r="B1" t="inlineStr"><is><t>Population</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Alpha</t></is></c><c r="B2"><v>1200</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Bêta</t></is></c><c r="B3"><v>300</v></c></row></sheetData><tableParts count="1"><tablePart r:id="rT"/></tableParts>',
          rels: [['rT', 'table', '../tables/table1.xml']],
        },
      ],
      parts: { 'xl/tables/table1.xml': table },
    });
    const workbook = await readXlsxWorkbook(bytes);
    expect(workbook.readProblems).toEqual([]);
    expect(workbook.tables.find((t) => t.source === 'table')).toMatchObject({
      name: 'Membres',
      sheet: 'Feuil1',
      headers: ['Membre', 'Population'],
      rows: [
        ['Alpha', 1200],
        ['Bêta', 300],
      ],
    });
  });
});
