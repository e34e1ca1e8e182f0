/**
 * Finds QuotePart's own sheets — by the rule both adapters share
 * (src/workbook/ownership/sheetOwnership.ts: the sheets the last run recorded, or the
 * legacy `QP …` sheets carrying a `QP_…` table) — and what removing them takes away:
 * the sheets, and every part only they reach (their tables, drawings, charts, comments, relationships parts),
 * but nothing a kept part still uses. Also reports the names of the removed tables, so
 * that defined names pointing at them can go too.
 */
import type { WorkbookSheet } from '../read/workbookPart';
import { parseTablePart } from '../read/tablePart';
import { relationshipsPartName } from '../zip/partNames';
import { isRelationshipType, parseRelationships, type Relationship } from '../zip/relationships';
import { readPartText, type ZipArchive } from '../zip/zipArchive';
import { isOwnedTableName, ownsSheet } from '../../ownership/sheetOwnership';
import { readOwnedSheetsRecord } from './ownedSheetsRecord';

/** What removing the owned sheets takes away. */
export interface OwnedSheetRemoval {
  /** Indexes (in `<sheets>`) of the removed sheets. */
  readonly sheetIndexes: ReadonlySet<number>;
  readonly sheetNames: readonly string[];
  /** `sheetId`s of the removed sheets (calcChain refers to them). */
  readonly sheetIds: ReadonlySet<string>;
  /** Workbook relationship ids of the removed sheets. */
  readonly relationshipIds: ReadonlySet<string>;
  /** Lower-case names of every removed part, relationships parts included. */
  readonly parts: ReadonlySet<string>;
  /** Excel names of the removed tables. */
  readonly tableNames: readonly string[];
}

function relationshipsOf(
  archive: ZipArchive,
  part: string,
  cache: Map<string, Relationship[]>,
): Relationship[] {
  let found = cache.get(part);
  if (found === undefined) {
    try {
      found = parseRelationships(readPartText(archive, relationshipsPartName(part)), part);
    } catch {
      found = [];
    }
    cache.set(part, found);
  }
  return found;
}

/** Parts reachable from `starts` through relationships (lower-case names), skipping `blocked`. */
function reachable(
  archive: ZipArchive,
  starts: readonly string[],
  blocked: (from: string, r: Relationship) => boolean,
  cache: Map<string, Relationship[]>,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const part = queue.pop() as string;
    const key = part.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    for (const relationship of relationshipsOf(archive, part, cache)) {
      if (relationship.partName === null || blocked(part, relationship)) continue;
      if (!archive.byName.has(relationship.partName.toLowerCase())) continue;
      queue.push(relationship.partName);
    }
  }
  return seen;
}

/** Whether a sheet part carries a table QuotePart writes (`QP_…`): the legacy ownership proof. */
function carriesOwnedTable(
  archive: ZipArchive,
  part: string,
  cache: Map<string, Relationship[]>,
): boolean {
  return relationshipsOf(archive, part, cache).some((relationship) => {
    if (!isRelationshipType(relationship.type, 'table') || relationship.partName === null)
      return false;
    const xml = readPartText(archive, relationship.partName);
    const definition = xml === null ? null : parseTablePart(xml);
    return definition !== null && isOwnedTableName(definition.name);
  });
}

/** Works out the removal of the owned sheets of a workbook. */
export function planOwnedSheetRemoval(
  archive: ZipArchive,
  workbookPart: string,
  sheets: readonly WorkbookSheet[],
  workbookRelationships: readonly Relationship[],
): OwnedSheetRemoval {
  const sheetIndexes = new Set<number>();
  const sheetIds = new Set<string>();
  const relationshipIds = new Set<string>();
  const sheetParts: string[] = [];
  const sheetNames: string[] = [];
  const cache = new Map<string, Relationship[]>();
  const record = readOwnedSheetsRecord(archive);
  sheets.forEach((sheet, index) => {
    const part = workbookRelationships.find((r) => r.id === sheet.relationshipId)?.partName;
    const owned = ownsSheet(
      sheet.name,
      record,
      () => part != null && carriesOwnedTable(archive, part, cache),
    );
    if (!owned) return;
    sheetIndexes.add(index);
    sheetIds.add(sheet.sheetId);
    sheetNames.push(sheet.name);
    relationshipIds.add(sheet.relationshipId);
    if (part) sheetParts.push(part);
  });
  const parts = new Set<string>();
  const tableNames: string[] = [];
  if (sheetIndexes.size === 0)
    return { sheetIndexes, sheetNames, sheetIds, relationshipIds, parts, tableNames };
  const fromRemoved = reachable(archive, sheetParts, () => false, cache);
  const kept = reachable(
    archive,
    [''],
    (from, r) => from === workbookPart && relationshipIds.has(r.id),
    cache,
  );
  for (const part of fromRemoved) {
    if (kept.has(part) || part === '') continue;
    parts.add(part);
    const relsPart = relationshipsPartName(part).toLowerCase();
    if (archive.byName.has(relsPart)) parts.add(relsPart);
  }
  for (const part of sheetParts) {
    for (const relationship of relationshipsOf(archive, part, cache)) {
      if (!isRelationshipType(relationship.type, 'table') || relationship.partName === null)
        continue;
      if (!parts.has(relationship.partName.toLowerCase())) continue;
      const xml = readPartText(archive, relationship.partName);
      const definition = xml === null ? null : parseTablePart(xml);
      if (definition !== null) tableNames.push(definition.name);
    }
  }
  return { sheetIndexes, sheetNames, sheetIds, relationshipIds, parts, tableNames };
}
