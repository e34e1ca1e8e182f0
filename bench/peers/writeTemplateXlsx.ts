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
import { titresArrays } from './titresSheet';

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

/** The sheet part's bytes, encoded in chunks (the `Titres` sheet passes a string's limit at 35,000 members). */
function sheetXml(rows: SheetArrays): Uint8Array {
  const chunks: Uint8Array[] = [
    strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  ];
  let parts: string[] = [];
  rows.forEach((cells, r) => {
    parts.push(`<row r="${r + 1}">`);
    cells.forEach((value, c) => parts.push(cellXml(`${columnLetters(c + 1)}${r + 1}`, value)));
    parts.push('</row>');
    if (parts.length > 50_000) {
      chunks.push(strToU8(parts.join('')));
      parts = [];
    }
  });
  parts.push('</sheetData></worksheet>');
  chunks.push(strToU8(parts.join('')));
  const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const sheetNames = (titres: boolean): string[] =>
  titres ? ['Couts', 'Repartition', 'Titres'] : ['Couts', 'Repartition'];

const contentTypes = (sheets: number): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbookXml = (names: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
const workbookRels = (sheets: number): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`;

/**
 * Writes the template to `path` as an xlsx file with uncalculated formulas; with
 * `titres`, the same-work template: a third sheet `Titres` (titresSheet.ts).
 */
export function writeTemplateXlsx(
  template: FormulaTemplate,
  path: string,
  options: { readonly titres?: boolean } = {},
): void {
  const sheets = templateArrays(template);
  const names = sheetNames(options.titres === true);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(names.length)),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(names.length)),
    'xl/worksheets/sheet1.xml': sheetXml(sheets.Couts),
    'xl/worksheets/sheet2.xml': sheetXml(sheets.Repartition),
  };
  if (options.titres) files['xl/worksheets/sheet3.xml'] = sheetXml(titresArrays(template));
  writeFileSync(path, zipSync(files, { level: 6, mtime: new Date(2026, 0, 1) }));
}
