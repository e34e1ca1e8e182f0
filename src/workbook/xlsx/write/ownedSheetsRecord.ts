/**
 * The record of the sheets a run wrote, kept in the package so that the next run
 * replaces those and only those: custom document properties (docProps/custom.xml, shown
 * by Excel in File › Properties › Custom, kept by Excel and LibreOffice when they save),
 * encoded as the task pane writes them too (src/workbook/ownership/ownedSheetsRecord.ts:
 * `QuotePart.FeuillesEcrites`, then `.2`, `.3`… for lists longer than Excel's 255
 * characters a value). See docs/sorties.md §1.
 */
import {
  decodeOwnedSheets,
  encodeOwnedSheets,
  isRecordKey,
  type RecordProperty,
} from '../../ownership/ownedSheetsRecord';
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

export { OWNED_SHEETS_PROPERTY } from '../../ownership/ownedSheetsRecord';

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

interface FoundProperty {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly value: string;
  readonly pid: number;
}

/** The record's properties in the part, in document order. */
function ourProperties(xml: string): FoundProperty[] {
  const found: FoundProperty[] = [];
  for (const property of findElements(xml, 'property')) {
    const key = attributeOf(property.startTag, 'name');
    if (key === null || !isRecordKey(decodeXmlText(key))) continue;
    const inner = property.selfClosing ? '' : xml.substring(property.openEnd, property.closeStart);
    const text = findElement(inner, 'lpwstr');
    const value =
      text === null || text.selfClosing
        ? ''
        : decodeXmlText(inner.substring(text.openEnd, text.closeStart));
    const pid = Number(attributeOf(property.startTag, 'pid'));
    found.push({ start: property.start, end: property.end, key: decodeXmlText(key), value, pid });
  }
  return found;
}

/** The sheet names recorded by the last run, or null when the package has no record. */
export function readOwnedSheetsRecord(archive: ZipArchive): string[] | null {
  const part = customPropertiesPart(archive);
  const xml = part === null ? null : readPartText(archive, part);
  if (xml === null) return null;
  const properties = ourProperties(xml);
  return decodeOwnedSheets(
    (key) => properties.find((p) => p.key.toLowerCase() === key.toLowerCase())?.value ?? null,
  );
}

function propertyXml(scope: InsertionScope, pid: number, property: RecordProperty): string {
  const element = scope.element(CUSTOM_NS, 'property', 'op');
  const text = scope.element(VT_NS, 'lpwstr', 'vt');
  return (
    `<${element}${scope.declarations()} fmtid="${CUSTOM_FMTID}" pid="${pid}" name="${property.key}">` +
    `<${text}>${encodeXmlText(property.value)}</${text}></${element}>`
  );
}

/** A new custom properties part holding only the record. */
export function newCustomPropertiesXml(names: readonly string[]): string {
  const properties = encodeOwnedSheets(names)
    .map(
      (p, i) =>
        `<property fmtid="${CUSTOM_FMTID}" pid="${i + 2}" name="${p.key}"><vt:lpwstr>${encodeXmlText(p.value)}</vt:lpwstr></property>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">${properties}</Properties>`;
}

/**
 * The custom properties part with the record set to `names` (its first property replaced
 * in place, keeping its pid, when present; appended with the next free pids otherwise),
 * every other property kept as it was.
 */
export function withOwnedSheetsRecord(xml: string, names: readonly string[]): string {
  const root = findElement(xml, 'Properties');
  if (root === null || namespaceOfElement(xml, root) !== CUSTOM_NS)
    return newCustomPropertiesXml(names);
  const existing = ourProperties(xml);
  const pids = findElements(xml, 'property').map((p) => Number(attributeOf(p.startTag, 'pid')));
  let nextPid = Math.max(1, ...pids.filter((n) => Number.isInteger(n))) + 1;
  const [first, ...rest] = encodeOwnedSheets(names) as [RecordProperty, ...RecordProperty[]];
  const head = existing[0];
  if (head === undefined) {
    const scope = InsertionScope.within(xml, root);
    const added = [first, ...rest].map((p) => propertyXml(scope, nextPid++, p)).join('');
    return applyEdits(xml, [appendChildrenEdit(root, added)]);
  }
  const scope = new InsertionScope(xml, head.start);
  const replaced =
    propertyXml(scope, Number.isInteger(head.pid) ? head.pid : nextPid++, first) +
    rest.map((p) => propertyXml(scope, nextPid++, p)).join('');
  return applyEdits(xml, [
    [head.start, head.end, replaced],
    ...existing.slice(1).map((p): [number, number, string] => [p.start, p.end, '']),
  ]);
}
