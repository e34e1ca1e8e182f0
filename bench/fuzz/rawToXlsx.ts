/**
 * Writes a RawWorkbook as a minimal xlsx package (hand-written parts, fflate), each table
 * on its own worksheet at its header row and first column, as a plain sheet or as a real
 * Excel table (ListObject) when its headers allow one (non-empty, unique texts). Cells
 * keep their kind: inline text, number, boolean, error value, date (serial number with a
 * date style). Fast enough to serialise hundreds of fuzzed workbooks in a test.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine';
import { columnLetters } from '../peers/formulaTemplate';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Characters XML 1.0 cannot carry, dropped (Excel cannot store them either). */
const xmlSafe = (text: string): string =>
  [...text]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return (
        code === 0x09 ||
        code === 0x0a ||
        code === 0x0d ||
        (code >= 0x20 && code !== 0xfffe && code !== 0xffff)
      );
    })
    .join('');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function cellXml(ref: string, cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string')
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(xmlSafe(cell))}</t></is></c>`;
  if (typeof cell === 'number')
    return Number.isFinite(cell)
      ? `<c r="${ref}"><v>${cell}</v></c>`
      : `<c r="${ref}" t="e"><v>#NUM!</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (cell.kind === 'error')
    return cell.code.startsWith('#FORMULE')
      ? `<c r="${ref}"><f>1/0</f></c>`
      : `<c r="${ref}" t="e"><v>${escapeXml(cell.code)}</v></c>`;
  const n = serial(cell.iso);
  return Number.isFinite(n)
    ? `<c r="${ref}" s="1"><v>${n}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell.iso)}</t></is></c>`;
}

/** Whether Excel would accept this table as a ListObject (headers non-empty, unique texts). */
function canBeListObject(table: RawTable): boolean {
  const names = table.headers.map((h) => (typeof h === 'string' ? h.trim().toLowerCase() : ''));
  return (
    table.source === 'table' &&
    names.length > 0 &&
    names.every((n) => n !== '') &&
    new Set(names).size === names.length
  );
}

function sheetXml(table: RawTable, tableRelId: string | null): string {
  const rows: string[] = [];
  const cells = (r: number, values: readonly RawCell[]): string =>
    values.map((v, i) => cellXml(`${columnLetters(table.firstColumn + i)}${r}`, v)).join('');
  rows.push(`<row r="${table.headerRow}">${cells(table.headerRow, table.headers)}</row>`);
  let previous = table.headerRow;
  table.rows.forEach((row, i) => {
    const r = Math.max(previous + 1, table.rowNumbers?.[i] ?? table.headerRow + 1 + i);
    previous = r;
    rows.push(`<row r="${r}">${cells(r, row.slice(0, Math.max(table.headers.length, 1)))}</row>`);
  });
  const parts = tableRelId
    ? `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData>${parts}</worksheet>`;
}

function tableXml(table: RawTable, id: number): string {
  const lastRow = table.headerRow + Math.max(1, table.rows.length);
  const ref = `${columnLetters(table.firstColumn)}${table.headerRow}:${columnLetters(table.firstColumn + table.headers.length - 1)}${lastRow}`;
  const name = /^[A-Za-z_][A-Za-z0-9_]{0,200}$/.test(table.name)
    ? table.name
    : `T${id}_${table.name.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 200);
  const columns = table.headers
    .map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(xmlSafe(String(h)))}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1"><autoFilter ref="${ref}"/><tableColumns count="${table.headers.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The sheet name of each table, made unique and valid (≤ 31 characters, no []:*?/\). */
function sheetNames(tables: readonly RawTable[]): string[] {
  const used = new Set<string>();
  return tables.map((t, i) => {
    let name = (t.sheet || t.name).replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || `Feuille${i + 1}`;
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 27)}_${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Serialises `workbook` (one sheet per table) as xlsx bytes. */
export function rawWorkbookToXlsx(workbook: RawWorkbook): Uint8Array {
  const names = sheetNames(workbook.tables);
  const files: Zippable = {};
  const overrides: string[] = [];
  const sheetsXml: string[] = [];
  const workbookRels: string[] = [];
  let tableId = 0;
  workbook.tables.forEach((table, i) => {
    const n = i + 1;
    const listObject = canBeListObject(table);
    if (listObject) {
      tableId += 1;
      files[`xl/tables/table${tableId}.xml`] = strToU8(tableXml(table, tableId));
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table${tableId}.xml"/></Relationships>`,
      );
      overrides.push(
        `<Override PartName="/xl/tables/table${tableId}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
    }
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(sheetXml(table, listObject ? 'rId1' : null));
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    sheetsXml.push(
      `<sheet name="${escapeXml(names[i] ?? `Feuille${n}`)}" sheetId="${n}" r:id="rId${n}"/>`,
    );
    workbookRels.push(
      `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    );
  });
  const stylesId = workbook.tables.length + 1;
  workbookRels.push(`<Relationship Id="rId${stylesId}" Type="${REL}/styles" Target="styles.xml"/>`);
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetsXml.join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${workbookRels.join('')}</Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  return zipSync(files, { level: 1, mtime: new Date(2026, 0, 1) });
}
