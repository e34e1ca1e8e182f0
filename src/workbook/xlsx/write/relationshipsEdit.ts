/**
 * Writes and edits relationships parts (`*.rels`).
 */
import { encodeXmlText } from '../xml/xmlText';
import {
  appendChildrenEdit,
  applyEdits,
  attributeOf,
  findElement,
  findElements,
} from '../xml/xmlElements';
import { InsertionScope } from '../xml/xmlNamespaces';

const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Prefix of the relationship type URIs of SpreadsheetML parts. */
export const RELATIONSHIP_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A relationship to write: id, type suffix (`worksheet`, `table`…) and target. */
export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationshipXml(
  name: string,
  declarations: string,
  relationship: NewRelationship,
): string {
  return `<${name}${declarations} Id="${relationship.id}" Type="${RELATIONSHIP_TYPE}/${relationship.type}" Target="${encodeXmlText(relationship.target)}"/>`;
}

/** A new relationships part. */
export function relationshipsXml(relationships: readonly NewRelationship[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
    `${relationships.map((r) => relationshipXml('Relationship', '', r)).join('')}</Relationships>`
  );
}

/** A relationships part with some ids removed and relationships appended. */
export function editRelationships(
  xml: string | null,
  removedIds: ReadonlySet<string>,
  added: readonly NewRelationship[],
): string {
  if (xml === null) return relationshipsXml(added);
  const root = findElement(xml, 'Relationships');
  if (root === null) return relationshipsXml(added);
  const edits: [number, number, string][] = [];
  for (const relationship of findElements(xml, 'Relationship')) {
    if (removedIds.has(attributeOf(relationship.startTag, 'Id') ?? ''))
      edits.push([relationship.start, relationship.end, '']);
  }
  const scope = InsertionScope.within(xml, root);
  const name = scope.element(PACKAGE_RELATIONSHIPS_NS, 'Relationship');
  const declarations = scope.declarations();
  edits.push(
    appendChildrenEdit(root, added.map((r) => relationshipXml(name, declarations, r)).join('')),
  );
  return applyEdits(xml, edits);
}

/** A relationship id not yet used (`rId7`). */
export function freshRelationshipId(used: Set<string>): string {
  for (let n = used.size + 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
