/**
 * Relationships parts (`*.rels`): which parts a part points at. Types are compared by
 * their last segment so transitional and strict OOXML namespaces read alike.
 */
import { XML_EOF, XML_START, XmlScanner } from '../xml/xmlScanner';
import { resolveTarget } from './partNames';

/** One relationship of a part. */
export interface Relationship {
  readonly id: string;
  /** Full relationship type URI. */
  readonly type: string;
  /** Target as written. */
  readonly target: string;
  /** Resolved part name, or null for an external target (hyperlink, external link). */
  readonly partName: string | null;
}

/** Parses a relationships part of `sourcePartName` (`''` for the package root). */
export function parseRelationships(xml: string | null, sourcePartName: string): Relationship[] {
  const out: Relationship[] = [];
  if (xml === null) return out;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== XML_EOF; token = scanner.next()) {
    if (token !== XML_START || scanner.name !== 'Relationship') continue;
    const id = scanner.attr('Id') ?? '';
    const type = scanner.attr('Type') ?? '';
    const target = scanner.attr('Target') ?? '';
    const external = (scanner.attr('TargetMode') ?? '').toLowerCase() === 'external';
    out.push({
      id,
      type,
      target,
      partName: external ? null : resolveTarget(sourcePartName, target),
    });
  }
  return out;
}

/** Whether a relationship type URI ends with the given kind (`worksheet`, `table`, `styles`…). */
export function isRelationshipType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}
