/**
 * The record of the sheets a run wrote, kept in the package so that the next run
 * replaces those and only those: a custom document property (docProps/custom.xml, shown
 * by Excel in File › Properties › Custom, kept by Excel and LibreOffice when they save)
 * named `QuotePart.FeuillesEcrites`, whose text is the sheet names separated by `/`
 * (a character no sheet name may hold). See docs/sorties.md §1.
 */
import { decodeXmlText, encodeXmlText } from '../xml/xmlText';
import {
  appendChildrenEdit,
  applyEdits,
  attributeOf,
  findElement,
  findElements,
} from '../xml/xmlElements';
import { InsertionScope, namespaceOfElement } from '../xml/xmlNamespaces';
import { isRelationshipType, parseRelationships } from '../zip/relationships';
import { readPartText, type ZipArchive } from '../zip/zipArchive';

/** Name of the custom property that lists the sheets QuotePart wrote. */
export const OWNED_SHEETS_PROPERTY = 'QuotePart.FeuillesEcrites';

/** Separator of the names in the property: `/` cannot appear in a sheet name. */
const SEPARATOR = '/';

const CUSTOM_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** Format id every custom property of Office documents uses. */
const CUSTOM_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** Content type of the custom properties part. */
export const CUSTOM_PROPERTIES_TYPE =
  'application/vnd.openxmlformats-officedocument.custom-properties+xml';

/** The custom properties part of a package, if its root relationships name one that exists. */
export function customPropertiesPart(archive: ZipArchive): string | null {
  let relationships;
  try {
    relationships = parseRelationships(readPartText(archive, '_rels/.rels'), '');
  } catch {
    return null;
  }
  const found = relationships.find(
    (r) => isRelationshipType(r.type, 'custom-properties') && r.partName !== null,
  );
  const part = found?.partName ?? null;
  return part !== null && archive.byName.has(part.toLowerCase()) ? part : null;
}

function ourProperty(xml: string): { start: number; end: number; value: string } | null {
  for (const property of findElements(xml, 'property')) {
    if (attributeOf(property.startTag, 'name') !== OWNED_SHEETS_PROPERTY) continue;
    const inner = xml.substring(property.openEnd, property.closeStart);
    const text = findElement(inner, 'lpwstr');
    const value =
      text === null || text.selfClosing
        ? ''
        : decodeXmlText(inner.substring(text.openEnd, text.closeStart));
    return { start: property.start, end: property.end, value };
  }
  return null;
}

/** The sheet names recorded by the last run, or null when the package has no record. */
export function readOwnedSheetsRecord(archive: ZipArchive): string[] | null {
  const part = customPropertiesPart(archive);
  const xml = part === null ? null : readPartText(archive, part);
  const found = xml === null ? null : ourProperty(xml);
  if (found === null) return null;
  return found.value === '' ? [] : found.value.split(SEPARATOR);
}

function propertyXml(scope: InsertionScope, pid: number, names: readonly string[]): string {
  const property = scope.element(CUSTOM_NS, 'property', 'op');
  const text = scope.element(VT_NS, 'lpwstr', 'vt');
  return (
    `<${property}${scope.declarations()} fmtid="${CUSTOM_FMTID}" pid="${pid}" name="${OWNED_SHEETS_PROPERTY}">` +
    `<${text}>${encodeXmlText(names.join(SEPARATOR))}</${text}></${property}>`
  );
}

/** A new custom properties part holding only the record. */
export function newCustomPropertiesXml(names: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">` +
    `<property fmtid="${CUSTOM_FMTID}" pid="2" name="${OWNED_SHEETS_PROPERTY}"><vt:lpwstr>${encodeXmlText(names.join(SEPARATOR))}</vt:lpwstr></property></Properties>`
  );
}

/**
 * The custom properties part with the record set to `names` (replaced when present,
 * appended with the next free `pid` otherwise), every other property kept as it was.
 */
export function withOwnedSheetsRecord(xml: string, names: readonly string[]): string {
  const root = findElement(xml, 'Properties');
  if (root === null || namespaceOfElement(xml, root) !== CUSTOM_NS)
    return newCustomPropertiesXml(names);
  const existing = ourProperty(xml);
  const pids = findElements(xml, 'property').map((p) => Number(attributeOf(p.startTag, 'pid')));
  const pid = Math.max(1, ...pids.filter((n) => Number.isInteger(n))) + 1;
  if (existing !== null) {
    const scope = new InsertionScope(xml, existing.start);
    const oldPid = Number(
      /\spid\s*=\s*["'](\d+)["']/.exec(xml.substring(existing.start, existing.end))?.[1],
    );
    return applyEdits(xml, [
      [
        existing.start,
        existing.end,
        propertyXml(scope, Number.isInteger(oldPid) ? oldPid : pid, names),
      ],
    ]);
  }
  return applyEdits(xml, [
    appendChildrenEdit(root, propertyXml(InsertionScope.within(xml, root), pid, names)),
  ]);
}
