/**
 * The xlsx reader: a workbook file's bytes → the engine's RawWorkbook (every Excel table,
 * then every worksheet as a plain table). Reads the package directly (zip directory +
 * a streaming XML scanner) rather than through exceljs, which is several times slower on
 * large workbooks and crashes on package-absolute table targets (exceljs #1468); see
 * bench/xlsx/README.md for the measurements. Sheets QuotePart owns (`QP …`) are listed but
 * not read: they are outputs of a previous run, never inputs.
 */
import type { Problem, RawTable, RawWorkbook } from '../../../engine';
// The plan module directly (not the engine index) so this adapter loads only what it uses.
import { OWNED_SHEET_PREFIX } from '../../../engine/plan/writePlan';
import { isRelationshipType, parseRelationships, type Relationship } from '../zip/relationships';
import { relationshipsPartName } from '../zip/partNames';
import { openWorkbookPackage } from '../zip/workbookLocation';
import { readPartText, type ZipArchive } from '../zip/zipArchive';
import { XlsxReadError } from '../xlsxReadError';
import { clearMergedFollowers, mergedCellsProblem, rangesIntersect } from './mergedCells';
import { parseSharedStrings } from './sharedStringsPart';
import { parseSheetPart, type SheetContext, type SheetGrid } from './sheetPart';
import { parseDateStyles } from './stylesPart';
import { RowSlices, tableFromDefinition, tableFromSheet } from './tablesFromGrid';
import { parseTablePart, type TableDefinition } from './tablePart';
import { parseWorkbookPart } from './workbookPart';

function unreadablePart(table: string, sheet: string | undefined, what: string): Problem {
  return {
    severity: 'warning',
    code: 'PARTIE_ILLISIBLE',
    table,
    row: null,
    column: null,
    value: null,
    message: `${what} est illisible et a été ignoré(e). Ouvrez et enregistrez le classeur dans Excel pour le réparer.`,
    ...(sheet === undefined ? {} : { sheet }),
  };
}

function partOf(relationships: readonly Relationship[], kind: string): string | null {
  return (
    relationships.find((r) => isRelationshipType(r.type, kind) && r.partName !== null)?.partName ??
    null
  );
}

function safeText(
  archive: ZipArchive,
  part: string | null,
  problems: Problem[],
  what: string,
): string | null {
  if (part === null) return null;
  try {
    return readPartText(archive, part);
  } catch {
    problems.push(unreadablePart('Classeur', undefined, what));
    return null;
  }
}

interface SheetTables {
  readonly definitions: TableDefinition[];
}

function readSheetTables(
  archive: ZipArchive,
  sheetPart: string,
  sheet: string,
  grid: SheetGrid,
  problems: Problem[],
): SheetTables {
  const definitions: TableDefinition[] = [];
  if (grid.tablePartIds.length === 0) return { definitions };
  const relationships = parseRelationships(
    readPartText(archive, relationshipsPartName(sheetPart)),
    sheetPart,
  );
  for (const id of grid.tablePartIds) {
    const relation = relationships.find((r) => r.id === id);
    try {
      const xml = relation?.partName ? readPartText(archive, relation.partName) : null;
      const definition = xml === null ? null : parseTablePart(xml);
      if (definition === null) throw new Error('table');
      definitions.push(definition);
    } catch {
      problems.push(unreadablePart(sheet, sheet, `Un tableau de la feuille « ${sheet} »`));
    }
  }
  return { definitions };
}

function headerAt(table: RawTable, column: number): string | null {
  const header = table.headers[column - table.firstColumn];
  return typeof header === 'string' ? header : null;
}

/** Reads a workbook synchronously; throws XlsxReadError when the bytes are no xlsx workbook. */
export function readXlsxWorkbookSync(data: Uint8Array): RawWorkbook {
  const { archive, workbookPart } = openWorkbookPackage(data);
  const problems: Problem[] = [];
  const workbookXml = readPartText(archive, workbookPart);
  if (workbookXml === null)
    throw new XlsxReadError('NOT_XLSX', 'le classeur est vide ou endommagé');
  const workbook = parseWorkbookPart(workbookXml);
  const relationships = parseRelationships(
    readPartText(archive, relationshipsPartName(workbookPart)),
    workbookPart,
  );
  const context: SheetContext = {
    sharedStrings: parseSharedStrings(
      safeText(
        archive,
        partOf(relationships, 'sharedStrings'),
        problems,
        'La table des textes partagés',
      ),
    ),
    dateStyles: parseDateStyles(
      safeText(archive, partOf(relationships, 'styles'), problems, 'La feuille de styles'),
    ),
    date1904: workbook.date1904,
  };
  const tables: RawTable[] = [];
  const sheetTables: RawTable[] = [];
  const sheetNames: string[] = [];
  for (const sheet of workbook.sheets) {
    const relation = relationships.find((r) => r.id === sheet.relationshipId);
    if (
      relation === undefined ||
      relation.partName === null ||
      !isRelationshipType(relation.type, 'worksheet')
    )
      continue;
    sheetNames.push(sheet.name);
    if (sheet.name.startsWith(OWNED_SHEET_PREFIX)) continue;
    let grid: SheetGrid;
    try {
      const xml = readPartText(archive, relation.partName);
      if (xml === null) throw new Error('missing');
      grid = parseSheetPart(xml, context);
    } catch {
      problems.push(unreadablePart(sheet.name, sheet.name, `La feuille « ${sheet.name} »`));
      continue;
    }
    if (grid.missingStrings > 0)
      problems.push(
        unreadablePart(sheet.name, sheet.name, `Au moins un texte de la feuille « ${sheet.name} »`),
      );
    clearMergedFollowers(grid.rows, grid.merges);
    const { definitions } = readSheetTables(archive, relation.partName, sheet.name, grid, problems);
    const slices = new RowSlices(grid.rows);
    const onSheet = definitions.map((definition) =>
      tableFromDefinition(definition, sheet.name, slices),
    );
    const plain = tableFromSheet(sheet.name, slices);
    for (const merge of grid.merges) {
      const index = definitions.findIndex((definition) => rangesIntersect(definition.range, merge));
      const table = index < 0 ? plain : onSheet[index];
      if (table !== undefined)
        problems.push(
          mergedCellsProblem(table.name, sheet.name, merge, headerAt(table, merge.left)),
        );
    }
    tables.push(...onSheet);
    sheetTables.push(plain);
  }
  return { tables: [...tables, ...sheetTables], sheetNames, readProblems: problems };
}

/** Reads a workbook from its bytes; rejects with XlsxReadError when they are no xlsx workbook. */
export async function readXlsxWorkbook(data: Uint8Array): Promise<RawWorkbook> {
  return readXlsxWorkbookSync(data);
}
