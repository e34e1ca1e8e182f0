/**
 * Every cell of every worksheet of a package, as the product's reader sees it (shared and
 * inline strings resolved, dates by their style), `QP …` sheets included: lets a test say
 * that two packages hold the same values whatever their XML layout.
 */
import type { RawCell } from '../../../../src/engine';
import { parseSharedStrings } from '../../../../src/workbook/xlsx/read/sharedStringsPart';
import { parseSheetPart } from '../../../../src/workbook/xlsx/read/sheetPart';
import { parseDateStyles } from '../../../../src/workbook/xlsx/read/stylesPart';
import { parseWorkbookPart } from '../../../../src/workbook/xlsx/read/workbookPart';
import { relationshipsPartName } from '../../../../src/workbook/xlsx/zip/partNames';
import {
  isRelationshipType,
  parseRelationships,
} from '../../../../src/workbook/xlsx/zip/relationships';
import { openWorkbookPackage } from '../../../../src/workbook/xlsx/zip/workbookLocation';
import { readPartText } from '../../../../src/workbook/xlsx/zip/zipArchive';

/** Sheet name → its non-empty rows as [row number, cells by column − 1]. */
export type SheetGrids = Map<string, [number, RawCell[]][]>;

/** The cells of every worksheet of the package, in workbook order. */
export function sheetGrids(bytes: Uint8Array): SheetGrids {
  const { archive, workbookPart } = openWorkbookPackage(bytes);
  const workbook = parseWorkbookPart(readPartText(archive, workbookPart) ?? '');
  const relationships = parseRelationships(
    readPartText(archive, relationshipsPartName(workbookPart)),
    workbookPart,
  );
  const partOf = (kind: string): string | null =>
    relationships.find((r) => isRelationshipType(r.type, kind) && r.partName !== null)?.partName ??
    null;
  const text = (part: string | null): string | null =>
    part === null ? null : readPartText(archive, part);
  const context = {
    sharedStrings: parseSharedStrings(text(partOf('sharedStrings'))),
    dateStyles: parseDateStyles(text(partOf('styles'))),
    date1904: workbook.date1904,
  };
  const grids: SheetGrids = new Map();
  for (const sheet of workbook.sheets) {
    const relation = relationships.find((r) => r.id === sheet.relationshipId);
    if (relation?.partName == null || !isRelationshipType(relation.type, 'worksheet')) continue;
    const grid = parseSheetPart(text(relation.partName) ?? '', context);
    if (grid.missingStrings > 0) throw new Error(`${sheet.name}: shared string index missing`);
    grids.set(
      sheet.name,
      [...grid.rows.entries()].sort((a, b) => a[0] - b[0]),
    );
  }
  return grids;
}
