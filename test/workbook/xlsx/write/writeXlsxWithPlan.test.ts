import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { PlanSheet, WritePlan } from '../../../../src/engine/plan/writePlan';
import { readXlsxWorkbook } from '../../../../src/workbook/xlsx/read/readXlsxWorkbook';
import {
  InvalidPlanError,
  writeXlsxWithPlan,
} from '../../../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { buildPackage, stylesXml, tableXml } from '../support/buildPackage';

async function inputWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const membres = workbook.addWorksheet('Membres');
  membres.addTable({
    name: 'Membres',
    ref: 'A1',
    columns: [{ name: 'Membre' }, { name: 'Population' }],
    rows: [
      ['Alpha', 1200],
      ['Bêta', 300],
    ],
  });
  membres.getCell('D1').value = 'styled';
  membres.getCell('D1').numFmt = '0.000';
  workbook.addWorksheet('Notes').getCell('A1').value = 'Mes notes';
  workbook.definedNames.add("'Notes'!$A$1", 'MaNote');
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const quoteParts: PlanSheet = {
  name: 'QP Quote-parts',
  freezeRows: 3,
  blocks: [
    { kind: 'text', row: 1, column: 1, text: 'Quote-parts 2026', style: 'title' },
    {
      kind: 'table',
      name: 'QP_QuoteParts',
      row: 3,
      column: 1,
      columns: [
        { header: 'Membre', format: 'text', width: 30 },
        { header: 'Part', format: 'share', width: 12 },
        { header: 'Montant', format: 'euro', width: 14 },
        { header: 'Titres', format: 'integer', width: 8 },
        { header: 'Date', format: 'date', width: 12 },
      ],
      rows: [
        ['Alpha', '0.8000000000', '1234.50', '2', '2026-03-31'],
        ['Bêta & <Gamma> "x"', '0.2000000000', '-0.10', null, null],
        ['  espaces  ', '0.1', '100000000000.01', '0', '2026-12-31'],
      ],
    },
    { kind: 'text', row: 8, column: 1, text: 'Montants en euros.', style: 'note' },
  ],
};

const annexe: PlanSheet = {
  name: 'QP Annexe',
  freezeRows: 0,
  print: {
    orientation: 'landscape',
    paper: 'A4',
    scale: 90,
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    header: { left: 'CA & co', center: 'Convention <1>', right: 'Exercice 2026' },
    pageNumbers: true,
    repeatRows: [1, 2],
  },
  columnWidths: [0, 24, 30],
  rowHeights: [[1, 30]],
  wrapText: true,
  blocks: [
    { kind: 'text', row: 1, column: 2, text: 'Annexe', style: 'heading', span: 2 },
    {
      kind: 'table',
      name: 'QP_Annexe',
      row: 2,
      column: 2,
      columns: [{ header: 'Service', format: 'text', width: 20 }],
      rows: [],
    },
  ],
};

const plan: WritePlan = { sheets: [quoteParts, annexe] };

/** The files of a package (directory entries left out). */
function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')),
  );
}

function text(bytes: Uint8Array, name: string): string {
  const part = parts(bytes)[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

async function loadWithExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('writeXlsxWithPlan', () => {
  let input: Uint8Array;
  let output: Uint8Array;

  beforeAll(async () => {
    input = await inputWorkbook();
    output = writeXlsxWithPlan(input, plan);
  });

  it('adds the plan sheets after the input sheets, readable by exceljs', async () => {
    const workbook = await loadWithExceljs(output);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Membres',
      'Notes',
      'QP Quote-parts',
      'QP Annexe',
    ]);
    const sheet = workbook.getWorksheet('QP Quote-parts') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('Quote-parts 2026');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A3').value).toBe('Membre');
    expect(sheet.getCell('A3').font?.bold).toBe(true);
    expect(sheet.getCell('B4').value).toBe(0.8);
    expect(sheet.getCell('B4').numFmt).toBe('0.0000%');
    expect(sheet.getCell('C4').value).toBe(1234.5);
    expect(sheet.getCell('C4').numFmt).toBe('#,##0.00 "€";-#,##0.00 "€"');
    expect(sheet.getCell('D4').value).toBe(2);
    expect(sheet.getCell('E4').value).toEqual(new Date(Date.UTC(2026, 2, 31)));
    expect(sheet.getCell('E4').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('A5').value).toBe('Bêta & <Gamma> "x"');
    expect(sheet.getCell('C5').value).toBe(-0.1);
    expect(sheet.getCell('A6').value).toBe('  espaces  ');
    expect(sheet.getCell('C6').value).toBe(100000000000.01);
    expect(sheet.getCell('A8').value).toBe('Montants en euros.');
    expect(sheet.getCell('A8').font?.italic).toBe(true);
    expect(sheet.getColumn(1).width).toBeCloseTo(30.71, 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('writes real Excel tables with unique ids, autofilter and style', async () => {
    const files = parts(output);
    const tableParts = Object.keys(files).filter((name) => name.startsWith('xl/tables/'));
    const xmls = tableParts.map((name) => strFromU8(files[name] as Uint8Array));
    const ids = xmls.map((xml) => /<table [^>]*\bid="(\d+)"/.exec(xml)?.[1]);
    expect(new Set(ids).size).toBe(3);
    const quote = xmls.find((xml) => xml.includes('name="QP_QuoteParts"')) as string;
    expect(quote).toContain('ref="A3:E6"');
    expect(quote).toContain('<autoFilter ref="A3:E6"/>');
    expect(quote).toContain('TableStyleMedium2');
    const empty = xmls.find((xml) => xml.includes('name="QP_Annexe"')) as string;
    expect(empty).toContain('ref="B2:B3"');
    const raw = await readXlsxWorkbook(output);
    const table = raw.tables.find((t) => t.name === 'QP_QuoteParts');
    expect(table).toBeUndefined();
    expect(raw.sheetNames).toEqual(['Membres', 'Notes', 'QP Quote-parts', 'QP Annexe']);
  });

  it('keeps the input parts byte-identical except the ones it must edit', () => {
    const before = parts(input);
    const after = parts(output);
    const edited = [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      // The record of the sheets written (docProps/custom.xml) and its relationship.
      '_rels/.rels',
      'docProps/custom.xml',
    ];
    for (const [name, bytes] of Object.entries(before)) {
      if (edited.includes(name)) continue;
      expect([name, after[name]]).toEqual([name, bytes]);
    }
  });

  it('appends styles without moving the existing ones', async () => {
    const workbook = await loadWithExceljs(output);
    expect((workbook.getWorksheet('Membres') as ExcelJS.Worksheet).getCell('D1').numFmt).toBe(
      '0.000',
    );
    const styles = text(output, 'xl/styles.xml');
    const original = text(input, 'xl/styles.xml');
    const originalXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(original)?.[1] as string;
    expect(styles).toContain(originalXfs);
  });

  it('sets up printing: A4, orientation, scale, header and footer, widths, heights, merged text, repeated rows', () => {
    const sheetXml = text(output, 'xl/worksheets/sheet4.xml');
    expect(sheetXml).toContain(
      '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<pageSetup paperSize="9" scale="90" orientation="landscape"/>' +
        '<headerFooter><oddHeader>&amp;LCA &amp;&amp; co&amp;CConvention &lt;1&gt;&amp;RExercice 2026</oddHeader>' +
        '<oddFooter>&amp;CPage &amp;P / &amp;N</oddFooter></headerFooter>',
    );
    expect(sheetXml).not.toContain('fitToPage');
    expect(sheetXml).toContain('<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>');
    expect(sheetXml).toContain('<row r="1" ht="30" customHeight="1">');
    expect(sheetXml).toContain(
      '<cols><col min="2" max="2" width="24.7109375" customWidth="1"/><col min="3" max="3" width="30.7109375" customWidth="1"/></cols>',
    );
    const styles = text(output, 'xl/styles.xml');
    expect(styles).toContain('<alignment vertical="top" wrapText="1"/>');
    const workbookXml = text(output, 'xl/workbook.xml');
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">'QP Annexe'!$1:$2</definedName>`,
    );
    expect(workbookXml).toContain('MaNote');
  });

  it('replaces its own sheets on a second run instead of duplicating them, and keeps input sheets byte-identical', async () => {
    const second = writeXlsxWithPlan(output, {
      sheets: [{ ...quoteParts, blocks: quoteParts.blocks.slice(0, 1) }],
    });
    const workbook = await loadWithExceljs(second);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Membres', 'Notes', 'QP Quote-parts']);
    const files = parts(second);
    expect(Object.keys(files).filter((name) => name.startsWith('xl/tables/'))).toHaveLength(1);
    expect(files['xl/worksheets/sheet1.xml']).toEqual(parts(input)['xl/worksheets/sheet1.xml']);
    const workbookXml = text(second, 'xl/workbook.xml');
    expect(workbookXml).not.toContain('Print_Titles');
    expect(workbookXml).toContain('MaNote');
    const contentTypes = text(second, '[Content_Types].xml');
    expect(contentTypes.match(/worksheet\+xml/g)).toHaveLength(3);
    expect(contentTypes.match(/table\+xml/g)).toHaveLength(1);
    const third = writeXlsxWithPlan(second, plan);
    expect((await loadWithExceljs(third)).worksheets.map((s) => s.name)).toEqual([
      'Membres',
      'Notes',
      'QP Quote-parts',
      'QP Annexe',
    ]);
    expect(Object.keys(parts(third)).sort()).toEqual(Object.keys(parts(output)).sort());
  });

  it('removes owned sheets placed between input sheets and renumbers sheet-local names and the active tab', async () => {
    const bytes = buildPackage({
      sheets: [
        { name: 'A', body: '<sheetData/>' },
        {
          name: 'QP Old',
          body: '<sheetData/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
          rels: [['rId1', 'table', '/xl/tables/table1.xml']],
        },
        { name: 'B', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      ],
      parts: { 'xl/tables/table1.xml': tableXml(1, 'QP_Old', 'A1:A2', ['X']) },
    });
    const withNames = replacePart(bytes, 'xl/workbook.xml', (xml) =>
      xml
        .replace('<sheets>', '<bookViews><workbookView activeTab="2"/></bookViews><sheets>')
        .replace(
          '</sheets>',
          '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'QP Old\'!$A$1</definedName>' +
            '<definedName name="Loc" localSheetId="2">B!$A$1</definedName><definedName name="Ref">SUM(QP_Old[X])</definedName></definedNames>',
        ),
    );
    const out = writeXlsxWithPlan(withNames, { sheets: [annexe] });
    const workbookXml = text(out, 'xl/workbook.xml');
    expect(workbookXml).toContain('activeTab="1"');
    expect(workbookXml).toContain('<definedName name="Loc" localSheetId="1">B!$A$1</definedName>');
    expect(workbookXml).not.toContain('Print_Area');
    expect(workbookXml).not.toContain('QP_Old');
    expect(workbookXml).toContain('localSheetId="2">\'QP Annexe\'!$1:$2');
    const tables = Object.keys(parts(out)).filter((name) => name.startsWith('xl/tables/'));
    expect(tables.map((name) => /name="(\w+)"/.exec(text(out, name))?.[1])).toEqual(['QP_Annexe']);
    const raw = await readXlsxWorkbook(out);
    expect(raw.sheetNames).toEqual(['A', 'B', 'QP Annexe']);
    expect((await loadWithExceljs(out)).worksheets.map((s) => s.name)).toEqual([
      'A',
      'B',
      'QP Annexe',
    ]);
  });

  it('creates a styles part for a package without one, and honours the 1904 date system', async () => {
    const bytes = buildPackage({
      workbookPr: '<workbookPr date1904="1"/>',
      sheets: [{ name: 'A', body: '<sheetData/>' }],
    });
    const out = writeXlsxWithPlan(bytes, plan);
    const raw = await readXlsxWorkbook(out);
    expect(raw.sheetNames).toContain('QP Quote-parts');
    expect(Object.keys(parts(out))).toContain('xl/styles.xml');
    const sheetXml = text(out, 'xl/worksheets/sheet2.xml');
    expect(sheetXml).toContain('<c r="E4" s="11"><v>44650</v></c>');
    const workbook = await loadWithExceljs(out);
    expect(
      (workbook.getWorksheet('QP Quote-parts') as ExcelJS.Worksheet).getCell('C4').numFmt,
    ).toBe('#,##0.00 "€";-#,##0.00 "€"');
  });

  it('reuses an existing custom number format and keeps prefixed styles valid', () => {
    const bytes = buildPackage({
      styles: stylesXml([0, 170], { 170: '0.0000%' }),
      sheets: [{ name: 'A', body: '<sheetData/>' }],
    });
    const styles = text(writeXlsxWithPlan(bytes, plan), 'xl/styles.xml');
    expect(styles.match(/formatCode="0\.0000%"/g)).toHaveLength(1);
    // 2 input xfs + 11 output styles + the same 11 wrapping text (printable sheets).
    expect(styles).toMatch(/<cellXfs count="24">/);
  });

  it('replaces the QuotePart sheets of a file LibreOffice saved', async () => {
    const { readFile } = await import('node:fs/promises');
    const saved = new Uint8Array(
      await readFile(`${__dirname}/../../../fixtures/xlsx/libreoffice-saved.xlsx`),
    );
    const out = writeXlsxWithPlan(saved, plan);
    const workbook = await loadWithExceljs(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Membres',
      'QP Quote-parts',
      'QP Annexe',
    ]);
    const tableNames = Object.keys(parts(out))
      .filter((name) => name.startsWith('xl/tables/'))
      .map((name) => /displayName="([^"]+)"/.exec(text(out, name))?.[1])
      .sort();
    expect(tableNames).toEqual(['Membres', 'QP_Annexe', 'QP_QuoteParts']);
  });

  it('draws native charts over a table of the sheet, and removes them with their sheet on the next run', async () => {
    const withCharts: PlanSheet = {
      ...quoteParts,
      charts: [
        {
          title: 'Montants',
          type: 'clusteredColumn',
          table: 'QP_QuoteParts',
          categoryColumn: 'Membre',
          seriesColumns: ['Montant', 'Titres'],
          anchor: { row: 2, column: 8, rows: 15, columns: 8 },
        },
        {
          title: 'Parts',
          type: 'pie',
          table: 'QP_QuoteParts',
          categoryColumn: 'Membre',
          seriesColumns: ['Part'],
          anchor: { row: 18, column: 8, rows: 15, columns: 8 },
        },
        {
          title: 'Absent',
          type: 'clusteredBar',
          table: 'QP_Inconnu',
          categoryColumn: 'Membre',
          seriesColumns: ['Part'],
          anchor: { row: 1, column: 1, rows: 1, columns: 1 },
        },
      ],
    };
    const out = writeXlsxWithPlan(input, { sheets: [withCharts] });
    const files = parts(out);
    expect(
      Object.keys(files)
        .filter((name) => /^xl\/(charts|drawings)\//.test(name))
        .sort(),
    ).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
    ]);
    const column = text(out, 'xl/charts/chart1.xml');
    expect(column).toContain("<c:f>'QP Quote-parts'!$C$4:$C$6</c:f>");
    expect(column).toContain("<c:f>'QP Quote-parts'!$A$4:$A$6</c:f>");
    expect(column).toContain('<c:barDir val="col"/>');
    expect(text(out, 'xl/charts/chart2.xml')).toContain('<c:pieChart>');
    expect(text(out, 'xl/worksheets/sheet3.xml')).toMatch(
      /<drawing r:id="rId2"\/><tableParts count="1">/,
    );
    expect(text(out, '[Content_Types].xml')).toContain('drawingml.chart+xml');
    const workbook = await loadWithExceljs(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Membres', 'Notes', 'QP Quote-parts']);
    const again = writeXlsxWithPlan(out, { sheets: [annexe] });
    expect(
      Object.keys(parts(again)).filter((name) => /^xl\/(charts|drawings)\//.test(name)),
    ).toEqual([]);
    expect(text(again, '[Content_Types].xml')).not.toContain('chart');
  });

  it("refuses a table that does not fit in Excel's grid", () => {
    const tooLong: PlanSheet = {
      name: 'QP Titres',
      freezeRows: 1,
      blocks: [
        {
          kind: 'table',
          name: 'QP_Titres',
          row: 2,
          column: 1,
          columns: [{ header: 'N°', format: 'integer', width: 6 }],
          rows: new Array(1_048_575).fill(['1']),
        },
      ],
    };
    expect(() => writeXlsxWithPlan(input, { sheets: [tooLong] })).toThrow(
      /sort de la grille d'Excel \(ligne 1[\s\u202f]048[\s\u202f]577/,
    );
  });

  it('refuses a plan sheet outside the QuotePart prefix', () => {
    expect(() =>
      writeXlsxWithPlan(new Uint8Array(), { sheets: [{ ...annexe, name: 'Annexe' }] }),
    ).toThrow(InvalidPlanError);
  });
});

function replacePart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { zipSync, strToU8 } = require('fflate') as typeof import('fflate');
  const files = unzipSync(bytes);
  files[name] = strToU8(edit(strFromU8(files[name] as Uint8Array)));
  return zipSync(files);
}
