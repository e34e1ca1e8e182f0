/**
 * Test helper: builds small xlsx packages by hand, part by part, to imitate what other
 * writers produce (openpyxl's absolute targets, LibreOffice, inline strings, no styles…).
 */
import { strToU8, zipSync } from 'fflate';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  readonly name: string;
  /** Inner XML of <worksheet> (sheetData, mergeCells, tableParts…). */
  readonly body: string;
  /** Relationships of the sheet: [id, type suffix, target]. */
  readonly rels?: readonly (readonly [string, string, string])[];
}

export interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[] | string;
  /** Full styles.xml, or undefined for none. */
  readonly styles?: string;
  readonly workbookPr?: string;
  /** Extra parts (path → xml). */
  readonly parts?: Readonly<Record<string, string>>;
  /** Prefix for the main namespace (`x` → `<x:worksheet xmlns:x=…>`), default none. */
  readonly prefix?: string;
}

function relationships(rels: readonly (readonly [string, string, string])[]): string {
  const items = rels.map(
    ([id, type, target]) =>
      `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${items.join('')}</Relationships>`;
}

/** Builds an xlsx package from a spec. */
export function buildPackage(spec: PackageSpec): Uint8Array {
  const p = spec.prefix === undefined ? '' : `${spec.prefix}:`;
  const ns = spec.prefix === undefined ? `xmlns="${MAIN_NS}"` : `xmlns:${spec.prefix}="${MAIN_NS}"`;
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  const workbookRels: [string, string, string][] = [];
  const sheetItems: string[] = [];
  spec.sheets.forEach((sheet, index) => {
    const n = index + 1;
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<${p}worksheet ${ns} xmlns:r="${REL_NS}">${sheet.body}</${p}worksheet>`,
    );
    if (sheet.rels)
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(relationships(sheet.rels));
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    workbookRels.push([`rId${n}`, 'worksheet', `worksheets/sheet${n}.xml`]);
    sheetItems.push(`<${p}sheet name="${sheet.name}" sheetId="${n}" r:id="rId${n}"/>`);
  });
  if (spec.sharedStrings !== undefined) {
    const body =
      typeof spec.sharedStrings === 'string'
        ? spec.sharedStrings
        : spec.sharedStrings.map((s) => `<${p}si><${p}t>${s}</${p}t></${p}si>`).join('');
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<${p}sst ${ns}>${body}</${p}sst>`,
    );
    workbookRels.push(['rIdS', 'sharedStrings', '/xl/sharedStrings.xml']);
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
  }
  if (spec.styles !== undefined) {
    files['xl/styles.xml'] = strToU8(spec.styles);
    workbookRels.push(['rIdT', 'styles', 'styles.xml']);
    overrides.push(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
  }
  for (const [path, xml] of Object.entries(spec.parts ?? {})) {
    files[path] = strToU8(xml);
    if (path.startsWith('xl/tables/')) {
      overrides.push(
        `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
    }
  }
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<${p}workbook ${ns} xmlns:r="${REL_NS}">${spec.workbookPr ?? ''}<${p}sheets>${sheetItems.join('')}</${p}sheets></${p}workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(relationships(workbookRels));
  files['_rels/.rels'] = strToU8(relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]));
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  const ordered: Record<string, Uint8Array> = {
    '[Content_Types].xml': files['[Content_Types].xml'] as Uint8Array,
  };
  for (const [path, bytes] of Object.entries(files))
    if (path !== '[Content_Types].xml') ordered[path] = bytes;
  return zipSync(ordered);
}

/** A table part's XML. */
export function tableXml(
  id: number,
  name: string,
  ref: string,
  columns: readonly string[],
  extra = '',
): string {
  const cols = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${c}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}"${extra}>` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** styles.xml with the given cellXfs numFmtIds and custom number formats. */
export function stylesXml(
  xfNumFmtIds: readonly number[],
  customFormats: Readonly<Record<number, string>> = {},
): string {
  const numFmts = Object.entries(customFormats).map(
    ([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`,
  );
  const xfs = xfNumFmtIds.map(
    (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${MAIN_NS}">` +
    (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`
  );
}
