/**
 * Decides whether the output has a shared string table for its large tables, and where:
 * the input's part continued (its items and indices kept), or a new part with its
 * relationship and content type. The part is written after the sheets, once they have
 * added their texts.
 */
import { rowCount, type WritePlan } from '../../../engine/plan/writePlan';
import { partFolder, relativeTarget } from '../zip/partNames';
import { isRelationshipType, type Relationship } from '../zip/relationships';
import { readPartText, type ZipArchive } from '../zip/zipArchive';
import { CONTENT_TYPES } from './contentTypesEdit';
import type { PartNames } from './partNameAllocator';
import { freshRelationshipId, type NewRelationship } from './relationshipsEdit';
import { SharedStringTable } from './sharedStringTable';

/** The output's shared string table and the part it is written to. */
export interface SharedStringsOutput {
  readonly table: SharedStringTable;
  readonly part: string;
}

/** Whether a plan has a table written compactly (at least `compactFromRows` rows). */
export function hasCompactTable(plan: WritePlan, compactFromRows: number): boolean {
  return plan.sheets.some((sheet) =>
    sheet.blocks.some(
      (block) =>
        block.kind === 'table' &&
        block.columns.length > 0 &&
        rowCount(block.rows) >= compactFromRows,
    ),
  );
}

/**
 * The shared strings of the output, or null when the plan has no compact table or the
 * input's part cannot be continued (then every text stays inline and the part is copied).
 * Adds the relationship and content type a new part needs.
 */
export function planSharedStrings(
  archive: ZipArchive,
  workbookPart: string,
  workbookRels: readonly Relationship[],
  names: PartNames,
  added: {
    readonly usedRelationshipIds: Set<string>;
    readonly relationships: NewRelationship[];
    readonly contentTypes: [string, string][];
  },
): SharedStringsOutput | null {
  const relationship = workbookRels.find(
    (r) => isRelationshipType(r.type, 'sharedStrings') && r.partName !== null,
  );
  const present =
    relationship?.partName != null && archive.byName.has(relationship.partName.toLowerCase());
  const xml = present ? readPartText(archive, relationship?.partName as string) : null;
  if (present && xml === null) return null;
  const table = SharedStringTable.continuing(xml);
  if (table === null) return null;
  const part =
    relationship?.partName ?? names.allocate(partFolder(workbookPart), 'sharedStrings', true);
  if (!relationship)
    added.relationships.push({
      id: freshRelationshipId(added.usedRelationshipIds),
      type: 'sharedStrings',
      target: relativeTarget(workbookPart, part),
    });
  if (!present) added.contentTypes.push([part, CONTENT_TYPES.sharedStrings]);
  return { table, part };
}
