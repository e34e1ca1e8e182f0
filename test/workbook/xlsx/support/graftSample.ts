/**
 * Test helper: grafts the sample's input tables into someone else's workbook, as a user
 * would have them there — each table a real Excel table at A1 of a new sheet of the same
 * name, after the workbook's own sheets — while every part of the host workbook stays byte
 * for byte as its producer (Excel, for the corpus of test/fixtures/excel-made/) wrote it.
 *
 * The new sheet and table parts are generated here (inline strings, numbers, date serials
 * in the host's date system), independently of QuotePart's writer; the host's workbook,
 * relationships, content types and styles parts are edited with the adapter's
 * namespace-aware editing functions, so hosts with prefixes or unusual declarations are
 * grafted without breaking them (the validity harness checks the graft too).
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { cellAddress } from '../../../../src/engine';
import { SAMPLE_TABLES, type SampleTable } from '../../../../src/workbook/sample/sampleData';
import { parseTablePart } from '../../../../src/workbook/xlsx/read/tablePart';
import { parseWorkbookPart } from '../../../../src/workbook/xlsx/read/workbookPart';
import {
  CONTENT_TYPES,
  editContentTypes,
} from '../../../../src/workbook/xlsx/write/contentTypesEdit';
import {
  editRelationships,
  freshRelationshipId,
  relationshipsXml,
  type NewRelationship,
} from '../../../../src/workbook/xlsx/write/relationshipsEdit';
import { addOutputStyles } from '../../../../src/workbook/xlsx/write/stylesPatch';
import { editWorkbookXml } from '../../../../src/workbook/xlsx/write/workbookXmlEdit';
import { attributeOf, findElements } from '../../../../src/workbook/xlsx/xml/xmlElements';
import { encodeXmlText } from '../../../../src/workbook/xlsx/xml/xmlText';
import {
  partFolder,
  relationshipsPartName,
  relativeTarget,
} from '../../../../src/workbook/xlsx/zip/partNames';
import {
  isRelationshipType,
  parseRelationships,
} from '../../../../src/workbook/xlsx/zip/relationships';
import { openWorkbookPackage } from '../../../../src/workbook/xlsx/zip/workbookLocation';
import { readPartText } from '../../../../src/workbook/xlsx/zip/zipArchive';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DAY_MS = 86_400_000;

/** Excel serial of an ISO date in the 1900 or the 1904 date system. */
function dateSerial(iso: string, date1904: boolean): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (Date.UTC(y, m - 1, d) - epoch) / DAY_MS;
}

function textCell(ref: string, text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${encodeXmlText(text)}</t></is></c>`;
}

function sheetXml(table: SampleTable, dateStyle: number, date1904: boolean): string {
  const lastRow = Math.max(table.rows.length, 1) + 1;
  const ref = `A1:${cellAddress(lastRow, table.headers.length)}`;
  const rows = [table.headers as readonly SampleTable['rows'][number][number][], ...table.rows];
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const at = cellAddress(r + 1, c + 1);
          if (cell === null) return '';
          if (typeof cell === 'string') return textCell(at, cell);
          if (typeof cell === 'number') return `<c r="${at}"><v>${String(cell)}</v></c>`;
          if (typeof cell === 'boolean') return `<c r="${at}" t="b"><v>${cell ? 1 : 0}</v></c>`;
          return `<c r="${at}" s="${dateStyle}"><v>${dateSerial(cell.iso, date1904)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="${ref}"/><sheetData>${body}</sheetData>` +
    '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
  );
}

function tableXml(table: SampleTable, id: number): string {
  const ref = `A1:${cellAddress(Math.max(table.rows.length, 1) + 1, table.headers.length)}`;
  const columns = table.headers
    .map((header, i) => `<tableColumn id="${i + 1}" name="${encodeXmlText(header)}"/>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="${id}" name="${table.name}" displayName="${table.name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** A host workbook that cannot take the sample (a sheet or table name already there). */
export class GraftError extends Error {}

/**
 * The host workbook with the sample's input tables added (see the file comment).
 * Throws GraftError when the host already has a sheet, table or defined name the sample
 * needs.
 */
export function graftSample(
  host: Uint8Array,
  tables: readonly SampleTable[] = SAMPLE_TABLES,
): Uint8Array {
  const { archive, workbookPart } = openWorkbookPackage(host);
  const read = (part: string): string | null => readPartText(archive, part);
  const workbookXml = read(workbookPart) ?? '';
  const contentTypesXml = read('[Content_Types].xml') ?? '';
  const workbook = parseWorkbookPart(workbookXml);
  const relsPart = relationshipsPartName(workbookPart);
  const relsXml = read(relsPart);
  const rels = parseRelationships(relsXml, workbookPart);
  const usedIds = new Set(rels.map((r) => r.id));
  const used = new Set([...archive.byName.keys()]);
  const allocate = (folder: string, base: string): string => {
    for (let n = 1; ; n++) {
      const name = `${folder}${base}${n}.xml`;
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
  };

  // Names the sample needs must be free: sheets, tables and defined names of the host.
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  for (const tag of findElements(workbookXml, 'definedName'))
    taken.add((attributeOf(tag.startTag, 'name') ?? '').toLowerCase());
  let tableId = 0;
  for (const entry of archive.entries) {
    const xml = /\.xml$/i.test(entry.name) ? read(entry.name) : null;
    const root = xml === null ? null : findElements(xml, 'table')[0];
    if (xml === null || !root || !xml.includes(MAIN_NS)) continue;
    tableId = Math.max(tableId, Number(attributeOf(root.startTag, 'id')) || 0);
    const definition = parseTablePart(xml);
    if (definition !== null) taken.add(definition.name.toLowerCase());
  }
  for (const table of tables)
    if (taken.has(table.name.toLowerCase()))
      throw new GraftError(`le classeur hôte a déjà « ${table.name} »`);

  const out: Zippable = { ...unzipSync(host) };
  const entryName = (part: string): string => archive.byName.get(part.toLowerCase())?.name ?? part;
  const added: NewRelationship[] = [];
  const contentTypes: [string, string][] = [];

  const stylesRel = rels.find((r) => isRelationshipType(r.type, 'styles') && r.partName !== null);
  const stylesPart = stylesRel?.partName ?? allocate(partFolder(workbookPart), 'styles');
  const styles = addOutputStyles(stylesRel ? read(stylesPart) : null);
  out[entryName(stylesPart)] = strToU8(styles.xml);
  if (!stylesRel) {
    added.push({
      id: freshRelationshipId(usedIds),
      type: 'styles',
      target: relativeTarget(workbookPart, stylesPart),
    });
    contentTypes.push([stylesPart, CONTENT_TYPES.styles]);
  }

  let sheetId = Math.max(0, ...workbook.sheets.map((s) => Number(s.sheetId) || 0));
  const newSheets = tables.map((table) => {
    const sheetPart = allocate(`${partFolder(workbookPart)}worksheets/`, 'sheet');
    const tablePart = allocate(`${partFolder(workbookPart)}tables/`, 'table');
    out[sheetPart] = strToU8(sheetXml(table, styles.styles.formats.date, workbook.date1904));
    out[relationshipsPartName(sheetPart)] = strToU8(
      relationshipsXml([
        { id: 'rId1', type: 'table', target: relativeTarget(sheetPart, tablePart) },
      ]),
    );
    out[tablePart] = strToU8(tableXml(table, ++tableId));
    contentTypes.push([sheetPart, CONTENT_TYPES.worksheet], [tablePart, CONTENT_TYPES.table]);
    const relationshipId = freshRelationshipId(usedIds);
    added.push({
      id: relationshipId,
      type: 'worksheet',
      target: relativeTarget(workbookPart, sheetPart),
    });
    return { name: table.name, sheetId: ++sheetId, relationshipId };
  });

  out[entryName(workbookPart)] = strToU8(
    editWorkbookXml(workbookXml, {
      removedSheetIndexes: new Set(),
      removedSheetNames: [],
      removedTableNames: [],
      newSheets,
    }),
  );
  out[entryName(relsPart)] = strToU8(editRelationships(relsXml, new Set(), added));
  out[entryName('[Content_Types].xml')] = strToU8(
    editContentTypes(contentTypesXml, new Set(), contentTypes),
  );
  return zipSync(out);
}
