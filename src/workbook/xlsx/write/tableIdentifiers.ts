/**
 * Ids and names of the tables and defined names the workbook keeps, so that the new
 * tables get ids and names of their own.
 */
import { parseTablePart } from '../read/tablePart';
import { readPartText, type ZipArchive } from '../zip/zipArchive';
import { attributeOf, findElements } from '../xml/xmlElements';
import { decodeXmlText } from '../xml/xmlText';
import { CONTENT_TYPES } from './contentTypesEdit';

/**
 * Lower-case names of the table parts of the package, wherever they are: every part the
 * content types declare as a table, and any `xl/tables/*.xml` (a writer may omit the type).
 */
function tablePartKeys(archive: ZipArchive, contentTypesXml: string): Set<string> {
  const keys = new Set<string>();
  for (const override of findElements(contentTypesXml, 'Override')) {
    if (attributeOf(override.startTag, 'ContentType') !== CONTENT_TYPES.table) continue;
    const part = (attributeOf(override.startTag, 'PartName') ?? '').replace(/^\//, '');
    keys.add(decodeXmlText(part).toLowerCase());
  }
  for (const entry of archive.entries) {
    const key = entry.name.toLowerCase();
    if (/^xl\/tables\/[^/]+\.xml$/.test(key)) keys.add(key);
  }
  return keys;
}

/**
 * Ids and names of the tables that stay in the workbook (every table part, not only those
 * under `xl/tables/`), and the defined names: new tables must differ from all of them.
 */
export function usedTableIdentifiers(
  archive: ZipArchive,
  removed: ReadonlySet<string>,
  workbookXml: string,
  contentTypesXml: string,
): { maxId: number; names: Set<string> } {
  let maxId = 0;
  const names = new Set<string>();
  const tableParts = tablePartKeys(archive, contentTypesXml);
  for (const entry of archive.entries) {
    const key = entry.name.toLowerCase();
    if (removed.has(key) || !tableParts.has(key)) continue;
    const xml = readPartText(archive, entry.name);
    const table = xml === null ? null : findElements(xml, 'table')[0];
    if (!table) continue;
    maxId = Math.max(maxId, Number(attributeOf(table.startTag, 'id')) || 0);
    const definition = parseTablePart(xml as string);
    if (definition) names.add(definition.name.toLowerCase());
    const name = attributeOf(table.startTag, 'name');
    if (name) names.add(name.toLowerCase());
  }
  for (const definedName of findElements(workbookXml, 'definedName')) {
    const name = attributeOf(definedName.startTag, 'name');
    if (name) names.add(name.toLowerCase());
  }
  return { maxId, names };
}

/** `wanted` made a valid table name, with a `_N` suffix when a used name has it. */
export function uniqueTableName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, '_');
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  used.add(name.toLowerCase());
  return name;
}
