import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { RawTable, RawWorkbook } from '../../../../src/engine';
import { readXlsxWorkbook } from '../../../../src/workbook/xlsx/read/readXlsxWorkbook';
import { XlsxReadError } from '../../../../src/workbook/xlsx/xlsxReadError';
import { buildPackage, stylesXml, tableXml } from '../support/buildPackage';

function table(workbook: RawWorkbook, name: string, source: 'table' | 'sheet' = 'table'): RawTable {
  const found = workbook.tables.find((t) => t.name === name && t.source === source);
  if (!found)
    throw new Error(
      `no ${source} ${name} in ${workbook.tables.map((t) => `${t.source}:${t.name}`).join(', ')}`,
    );
  return found;
}

async function exceljsBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readXlsxWorkbook on a workbook written by exceljs', () => {
  let workbook: RawWorkbook;

  beforeAll(async () => {
    const bytes = await exceljsBytes((wb) => {
      const sheet = wb.addWorksheet('Membres');
      sheet.getCell('A1').value = 'Liste des membres';
      sheet.addTable({
        name: 'Membres',
        ref: 'B3',
        totalsRow: true,
        columns: [
          { name: 'Membre', totalsRowLabel: 'Total' },
          { name: 'Population', totalsRowFunction: 'sum' },
          { name: 'Entrée' },
          { name: 'Porteur' },
        ],
        rows: [
          ['Alpha', 1200, new Date(Date.UTC(2026, 0, 15)), true],
          ['Bêta & <co>', 0.1, null, false],
          [null, null, null, null],
          ['Gamma', 3, null, null],
        ],
      });
      sheet.getCell('H1').value = {
        formula: 'SUM(C4:C5)',
        result: 1200.1,
      } as ExcelJS.CellFormulaValue;
      sheet.getCell('H2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      const params = wb.addWorksheet('Parametres');
      params.getCell('B2').value = 'Paramètre';
      params.getCell('C2').value = 'Valeur';
      params.getCell('B3').value = 'Exercice';
      params.getCell('C3').value = 2026;
      params.getCell('B5').value = 'Arrondi';
      params.getCell('C5').value = {
        richText: [{ text: '0,' }, { font: { bold: true }, text: '01' }],
      };
      params.getCell('B6').value = 'Date';
      params.getCell('C6').value = new Date(Date.UTC(2026, 2, 31));
      params.getCell('C6').numFmt = 'dd/mm/yyyy';
      params.getCell('B7').value = 'Erreur';
      params.getCell('C7').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      wb.addWorksheet('QP Quote-parts').getCell('A1').value = 'ancienne sortie';
    });
    workbook = await readXlsxWorkbook(bytes);
  });

  it('lists every worksheet in tab order', () => {
    expect(workbook.sheetNames).toEqual(['Membres', 'Parametres', 'QP Quote-parts']);
  });

  it('reads an Excel table: position, headers, data rows, no totals row', () => {
    const membres = table(workbook, 'Membres');
    expect(membres).toMatchObject({
      sheet: 'Membres',
      source: 'table',
      headerRow: 3,
      firstColumn: 2,
    });
    expect(membres.headers).toEqual(['Membre', 'Population', 'Entrée', 'Porteur']);
    expect(membres.rows).toEqual([
      ['Alpha', 1200, { kind: 'date', iso: '2026-01-15' }, true],
      ['Bêta & <co>', 0.1, null, false],
      [null, null, null, null],
      ['Gamma', 3, null, null],
    ]);
  });

  it('reads a plain sheet from its first non-empty row, with row numbers, flattening rich text', () => {
    const params = table(workbook, 'Parametres', 'sheet');
    expect(params).toMatchObject({
      headerRow: 2,
      firstColumn: 2,
      headers: ['Paramètre', 'Valeur'],
    });
    expect(params.rows).toEqual([
      ['Exercice', 2026],
      ['Arrondi', '0,01'],
      ['Date', { kind: 'date', iso: '2026-03-31' }],
      ['Erreur', { kind: 'error', code: '#DIV/0!' }],
    ]);
    expect(params.rowNumbers).toEqual([3, 5, 6, 7]);
  });

  it('lists tables before plain sheets and does not read QuotePart-owned sheets', () => {
    expect(workbook.tables.map((t) => `${t.source}:${t.name}`)).toEqual([
      'table:Membres',
      'sheet:Membres',
      'sheet:Parametres',
    ]);
  });

  it('reads cached formula results and error values', () => {
    const sheet = table(workbook, 'Membres', 'sheet');
    expect(sheet.headerRow).toBe(1);
    expect(sheet.firstColumn).toBe(1);
    expect(sheet.headers[7]).toBe(1200.1);
    expect(sheet.rows[0]?.[7]).toEqual({ kind: 'error', code: '#N/A' });
  });
});

describe('readXlsxWorkbook on hand-built packages', () => {
  it('follows package-absolute table targets (openpyxl) and reads inline strings, rows and cells without r', async () => {
    const bytes = buildPackage({
      sheets: [
        {
          name: 'Données',
          body:
            '<sheetData><row><c t="inlineStr"><is><t>Service</t></is></c><c t="inlineStr"><is><t>Montant</t></is></c></row>' +
            '<row><c t="inlineStr"><is><r><t>Héber</t></r><r><rPr><b/></rPr><t>gement</t></r></is></c><c><v>1234.5</v></c></row>' +
            '<row><c t="inlineStr"><is><t xml:space="preserve"> Réseau &amp; co_x000D_</t></is></c><c><v>-0.1</v></c></row></sheetData>' +
            '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
          rels: [['rId1', 'table', '/xl/tables/table1.xml']],
        },
      ],
      parts: { 'xl/tables/table1.xml': tableXml(1, 'Charges', 'A1:B3', ['Service', 'Montant']) },
    });
    const workbook = await readXlsxWorkbook(bytes);
    const charges = table(workbook, 'Charges');
    expect(charges).toMatchObject({
      sheet: 'Données',
      headerRow: 1,
      firstColumn: 1,
      headers: ['Service', 'Montant'],
    });
    expect(charges.rows).toEqual([
      ['Hébergement', 1234.5],
      [' Réseau & co\r', -0.1],
    ]);
  });

  it('resolves relative targets with ../ and reads a table without a header row', async () => {
    const bytes = buildPackage({
      sheets: [
        {
          name: 'S',
          body: '<dimension ref="A1"/><sheetData><row r="4"><c r="C4"><v>1</v></c><c r="D4"><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c></row></sheetData><tableParts count="1"><tablePart r:id="rT"/></tableParts>',
          rels: [['rT', 'table', '../tables/./table7.xml']],
        },
      ],
      parts: {
        'xl/tables/table7.xml': tableXml(
          7,
          'Usages',
          'C4:D5',
          ['Membre', 'Quantité'],
          ' headerRowCount="0"',
        ),
      },
    });
    const usages = table(await readXlsxWorkbook(bytes), 'Usages');
    expect(usages).toMatchObject({ headerRow: 3, firstColumn: 3, headers: ['Membre', 'Quantité'] });
    expect(usages.rows).toEqual([
      [1, 2],
      [3, null],
    ]);
  });

  it('reads shared strings with rich runs, leaving out phonetic guides, and an sst index out of range as blank with a warning', async () => {
    const bytes = buildPackage({
      sharedStrings:
        '<si><t>Membre</t></si><si><r><t>Com</t></r><r><t>mune</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>',
      sheets: [
        {
          name: 'Membres',
          body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>9</v></c></row></sheetData>',
        },
      ],
    });
    const workbook = await readXlsxWorkbook(bytes);
    expect(table(workbook, 'Membres', 'sheet').rows).toEqual([['Commune']]);
    expect(workbook.readProblems?.map((p) => p.code)).toEqual(['PARTIE_ILLISIBLE']);
  });

  it('survives a missing sharedStrings part and a missing styles part', async () => {
    const bytes = buildPackage({
      sheets: [
        {
          name: 'A',
          body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row></sheetData>',
        },
      ],
    });
    const workbook = await readXlsxWorkbook(bytes);
    expect(table(workbook, 'A', 'sheet').headers).toEqual([5]);
  });

  it('reads booleans, errors, t="str" and t="d" cells; a formula without cached value is #FORMULE', async () => {
    const formula = { kind: 'error', code: '#FORMULE' };
    const wide = buildPackage({
      sheets: [
        {
          name: 'T',
          body:
            '<sheetData><row r="1">' +
            ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']
              .map((c) => `<c r="${c}1" t="inlineStr"><is><t>${c}</t></is></c>`)
              .join('') +
            '</row><row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#REF!</v></c>' +
            '<c r="D2" t="str"><f>A1&amp;"x"</f><v>hx</v></c><c r="E2" t="d"><v>2026-02-03T00:00:00Z</v></c>' +
            '<c r="F2"><f>1/0</f></c><c r="G2"><f t="shared" ref="G2:H2" si="0">A2*2</f><v>2</v></c><c r="H2"><f t="shared" si="0"/></c>' +
            '<c r="I2"><f>B2</f><v></v></c><c r="J2" t="str"><f>""</f><v></v></c></row></sheetData>',
        },
      ],
    });
    expect(table(await readXlsxWorkbook(wide), 'T', 'sheet').rows[0]).toEqual([
      true,
      false,
      { kind: 'error', code: '#REF!' },
      'hx',
      { kind: 'date', iso: '2026-02-03' },
      formula,
      2,
      formula,
      formula,
      null,
    ]);
  });

  it('turns date-formatted numbers into dates in the 1900 system (built-in and custom formats only)', async () => {
    const bytes = buildPackage({
      styles: stylesXml([0, 14, 164, 165, 166, 167, 4], {
        164: 'dd/mm/yyyy;@',
        165: '#,##0.00 "€"',
        166: '[Red]0.00',
        167: '[$-40C]d mmmm yyyy',
      }),
      sheets: [
        {
          name: 'D',
          body:
            '<sheetData><row r="1">' +
            '<c r="A1" s="0"><v>46036</v></c><c r="B1" s="1"><v>46036</v></c><c r="C1" s="2"><v>46036.75</v></c><c r="D1" s="3"><v>46036</v></c>' +
            '<c r="E1" s="4"><v>46036</v></c><c r="F1" s="5"><v>61</v></c><c r="G1" s="6"><v>46036</v></c><c r="H1" s="1"><v>-3</v></c>' +
            '</row></sheetData>',
        },
      ],
    });
    const sheet = table(await readXlsxWorkbook(bytes), 'D', 'sheet');
    expect(sheet.headers).toEqual([
      46036,
      { kind: 'date', iso: '2026-01-14' },
      { kind: 'date', iso: '2026-01-14' },
      46036,
      46036,
      { kind: 'date', iso: '1900-03-01' },
      46036,
      -3,
    ]);
  });

  it('honours the 1904 date system', async () => {
    const bytes = buildPackage({
      workbookPr: '<workbookPr date1904="1"/>',
      styles: stylesXml([14]),
      sheets: [
        {
          name: 'D',
          body: '<sheetData><row r="1"><c r="A1" s="0"><v>44574</v></c><c r="B1" s="0"><v>0</v></c></row></sheetData>',
        },
      ],
    });
    const sheet = table(await readXlsxWorkbook(bytes), 'D', 'sheet');
    expect(sheet.headers).toEqual([
      { kind: 'date', iso: '2026-01-14' },
      { kind: 'date', iso: '1904-01-01' },
    ]);
  });

  it('reads workbooks whose main namespace has a prefix', async () => {
    const bytes = buildPackage({
      prefix: 'x',
      sharedStrings: ['Service'],
      sheets: [
        {
          name: 'P',
          body: '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>7</x:v></x:c></x:row></x:sheetData>',
        },
      ],
    });
    expect(table(await readXlsxWorkbook(bytes), 'P', 'sheet')).toMatchObject({
      headers: ['Service'],
      rows: [[7]],
    });
  });

  it('reads merged cells from the top-left cell only and warns once per range, naming the table', async () => {
    const bytes = buildPackage({
      sheets: [
        {
          name: 'Feuil1',
          body:
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Membre</t></is></c><c r="B1" t="inlineStr"><is><t>Population</t></is></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>Alpha</t></is></c><c r="B2"><v>10</v></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><t>stale</t></is></c><c r="B3"><v>20</v></c></row>' +
            '<row r="6"><c r="D6" t="inlineStr"><is><t>Note</t></is></c></row></sheetData>' +
            '<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="D6:E6"/></mergeCells><tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
          rels: [['rId1', 'table', '../tables/table1.xml']],
        },
      ],
      parts: { 'xl/tables/table1.xml': tableXml(1, 'Membres', 'A1:B3', ['Membre', 'Population']) },
    });
    const workbook = await readXlsxWorkbook(bytes);
    expect(table(workbook, 'Membres').rows).toEqual([
      ['Alpha', 10],
      [null, 20],
    ]);
    const problems = workbook.readProblems ?? [];
    expect(
      problems.map((p) => [p.code, p.severity, p.table, p.row, p.column, p.value, p.cell]),
    ).toEqual([
      ['FUSION_CELLULES', 'warning', 'Membres', 2, 'Membre', 'A2:A3', 'A2'],
      ['FUSION_CELLULES', 'warning', 'Feuil1', 6, null, 'D6:E6', 'D6'],
    ]);
    expect(problems[0]?.message).toMatch(/Cellules fusionnées A2:A3/);
  });

  it('reads an empty sheet as an empty plain table', async () => {
    const bytes = buildPackage({ sheets: [{ name: 'Ok', body: '<sheetData/>' }] });
    const workbook = await readXlsxWorkbook(bytes);
    expect(workbook.tables).toEqual([
      {
        name: 'Ok',
        sheet: 'Ok',
        source: 'sheet',
        headerRow: 1,
        firstColumn: 1,
        headers: [],
        rows: [],
        rowNumbers: [],
      },
    ]);
  });
});

describe('readXlsxWorkbook on files that are no xlsx workbook', () => {
  it('rejects text with NOT_ZIP', async () => {
    await expect(readXlsxWorkbook(strToU8('Membre;Population\nAlpha;10\n'))).rejects.toMatchObject({
      name: 'XlsxReadError',
      code: 'NOT_ZIP',
    });
  });

  it('rejects an OLE file (old .xls or encrypted xlsx)', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readXlsxWorkbook(ole)).rejects.toMatchObject({ code: 'ENCRYPTED_OR_XLS' });
  });

  it('rejects a zip that holds no workbook, and an OpenDocument spreadsheet', async () => {
    await expect(readXlsxWorkbook(zipSync({ 'a.txt': strToU8('x') }))).rejects.toBeInstanceOf(
      XlsxReadError,
    );
    await expect(
      readXlsxWorkbook(
        zipSync({
          mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
          'content.xml': strToU8('<x/>'),
        }),
      ),
    ).rejects.toThrow(/OpenDocument/);
  });

  it('rejects a package whose content types or workbook part is truncated as DAMAGED', async () => {
    const files = unzipSync(buildPackage({ sheets: [{ name: 'A', body: '<sheetData/>' }] }));
    const truncated = (name: string): Uint8Array =>
      zipSync({ ...files, [name]: (files[name] as Uint8Array).subarray(0, 120) });
    await expect(readXlsxWorkbook(truncated('[Content_Types].xml'))).rejects.toMatchObject({
      code: 'DAMAGED',
      message: expect.stringContaining('[Content_Types].xml'),
    });
    await expect(readXlsxWorkbook(truncated('xl/workbook.xml'))).rejects.toMatchObject({
      code: 'DAMAGED',
      message: expect.stringContaining('endommagé'),
    });
  });

  it('rejects a truncated zip', async () => {
    const bytes = buildPackage({ sheets: [{ name: 'A', body: '<sheetData/>' }] });
    await expect(readXlsxWorkbook(bytes.subarray(0, bytes.length - 30))).rejects.toMatchObject({
      code: 'NOT_ZIP',
    });
  });
});

describe('readXlsxWorkbook on a file saved by LibreOffice', () => {
  it('reads its tables and sheets, including the QuotePart sheets LibreOffice kept', async () => {
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(`${__dirname}/../../../fixtures/xlsx/libreoffice-saved.xlsx`);
    const workbook = await readXlsxWorkbook(new Uint8Array(bytes));
    expect(workbook.sheetNames).toEqual(['Membres', 'QP Quote-parts', 'QP Annexe']);
    expect(table(workbook, 'Membres').rows).toEqual([
      ['Alpha', 1200, { kind: 'date', iso: '2026-01-15' }],
      ['Bêta', 300.5, null],
    ]);
    expect(workbook.readProblems).toEqual([]);
  });
});
