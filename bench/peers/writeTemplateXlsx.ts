/**
 * Writes the formula template as a minimal xlsx package (fflate, hand-written parts):
 * formulas are stored WITHOUT any cached value and the workbook asks for a full
 * calculation on load (`<calcPr fullCalcOnLoad="1"/>`), so a value read back from a
 * spreadsheet's output can only come from its own recalculation. Also gives the same
 * sheets as plain arrays for HyperFormula.
 */
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { columnLetters, serviceColumn, type FormulaTemplate } from './formulaTemplate';

/** A sheet as arrays: strings starting with `=` are formulas. */
export type SheetArrays = (string | number | null)[][];

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The template's two sheets as arrays (row 1 = headers), for HyperFormula and the xlsx writer. */
export function templateArrays(template: FormulaTemplate): {
  Couts: SheetArrays;
  Repartition: SheetArrays;
} {
  const couts: SheetArrays = [
    ['Service', 'Coût à répartir'],
    ...template.services.map((s) => [s.name, s.cost]),
  ];
  const header = [
    'Membre',
    ...template.inputs.map((c) => c.header),
    ...template.services.map((s) => s.name),
  ];
  const rows: SheetArrays = [header];
  template.members.forEach((member, i) => {
    const row = i + 2;
    rows.push([
      member,
      ...template.inputs.map((c) => c.values[i] ?? 0),
      ...template.services.map((s) => `=${s.formula(row)}`),
    ]);
  });
  const last = template.members.length + 1;
  rows.push([
    'Total',
    ...template.inputs.map((_, c) =>
      template.style === 'totals-row'
        ? `=SUM(${columnLetters(c + 2)}2:${columnLetters(c + 2)}${last})`
        : null,
    ),
    ...template.services.map((_, s) => {
      const col = columnLetters(serviceColumn(template, s));
      return `=SUM(${col}2:${col}${last})`;
    }),
  ]);
  return { Couts: couts, Repartition: rows };
}

function cellXml(ref: string, value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (value.startsWith('=')) return `<c r="${ref}"><f>${escapeXml(value.slice(1))}</f></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

function sheetXml(rows: SheetArrays): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  rows.forEach((cells, r) => {
    parts.push(`<row r="${r + 1}">`);
    cells.forEach((value, c) => parts.push(cellXml(`${columnLetters(c + 1)}${r + 1}`, value)));
    parts.push('</row>');
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Couts" sheetId="1" r:id="rId1"/><sheet name="Repartition" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;

/** Writes the template to `path` as an xlsx file with uncalculated formulas. */
export function writeTemplateXlsx(template: FormulaTemplate, path: string): void {
  const sheets = templateArrays(template);
  const zip = zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'xl/workbook.xml': strToU8(WORKBOOK),
      'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml(sheets.Couts)),
      'xl/worksheets/sheet2.xml': strToU8(sheetXml(sheets.Repartition)),
    },
    { level: 6, mtime: new Date(2026, 0, 1) },
  );
  writeFileSync(path, zip);
}
