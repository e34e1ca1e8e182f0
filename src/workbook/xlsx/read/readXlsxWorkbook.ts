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
import {
  DEFAULT_INFLATE_LIMITS,
  readPartText,
  type InflateLimits,
  type ZipArchive,
} from '../zip/zipArchive';
import { XlsxReadError } from '../xlsxReadError';
import { clearMergedFollowers, mergedCellsProblem, rangesIntersect } from './mergedCells';
import { parseSharedStrings } from './sharedStringsPart';
import { parseSheetPart, type SheetContext, type SheetGrid } from './sheetPart';
import { parseDateStyles } from './stylesPart';
import { RowSlices, tableFromSheet } from '../../grid/tablesFromGrid';
import { tableFromDefinition } from './tableFromDefinition';
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

/**
 * A part the reader needs, checked complete (its root element closed). Damaged, cut short
 * or too large, it throws XlsxReadError: reading a part partly would give wrong results.
 */
function partText(archive: ZipArchive, part: string | null, root: string): string | null {
  return part === null ? null : readPartText(archive, part, root);
}

/** The warning for a zip entry dropped because its name points outside the package. */
function ignoredEntry(name: string): Problem {
  return {
    severity: 'warning',
    code: 'PARTIE_ILLISIBLE',
    table: 'Classeur',
    row: null,
    column: null,
    value: name,
    message: `Le fichier zip du classeur contient une entrée « ${name} » dont le nom sort du classeur (chemin absolu ou « .. ») : elle a été ignorée et n'est pas recopiée dans le classeur de résultats.`,
  };
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
    partText(archive, relationshipsPartName(sheetPart), 'Relationships'),
    sheetPart,
  );
  for (const id of grid.tablePartIds) {
    const relation = relationships.find((r) => r.id === id);
    const xml = partText(archive, relation?.partName ?? null, 'table');
    const definition = xml === null ? null : parseTablePart(xml);
    if (definition === null)
      problems.push(unreadablePart(sheet, sheet, `Un tableau de la feuille « ${sheet} »`));
    else definitions.push(definition);
  }
  return { definitions };
}

function headerAt(table: RawTable, column: number): string | null {
  const header = table.headers[column - table.firstColumn];
  return typeof header === 'string' ? header : null;
}

/**
 * Reads a workbook synchronously; throws XlsxReadError when the bytes are no xlsx workbook,
 * when a part it reads is damaged or cut short, or when the parts inflate beyond `limits`.
 */
export function readXlsxWorkbookSync(
  data: Uint8Array,
  limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
): RawWorkbook {
  const { archive, workbookPart } = openWorkbookPackage(data, limits);
  const problems: Problem[] = archive.ignoredNames.map(ignoredEntry);
  const workbookXml = readPartText(archive, workbookPart, 'workbook');
  if (workbookXml === null)
    throw new XlsxReadError('NOT_XLSX', 'le classeur est vide ou endommagé');
  const workbook = parseWorkbookPart(workbookXml);
  const relationships = parseRelationships(
    partText(archive, relationshipsPartName(workbookPart), 'Relationships'),
    workbookPart,
  );
  const context: SheetContext = {
    sharedStrings: parseSharedStrings(
      partText(archive, partOf(relationships, 'sharedStrings'), 'sst'),
    ),
    dateStyles: parseDateStyles(partText(archive, partOf(relationships, 'styles'), 'styleSheet')),
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
    const xml = partText(archive, relation.partName, 'worksheet');
    if (xml === null) {
      problems.push(unreadablePart(sheet.name, sheet.name, `La feuille « ${sheet.name} »`));
      continue;
    }
    const grid: SheetGrid = parseSheetPart(xml, context);
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
export async function readXlsxWorkbook(
  data: Uint8Array,
  limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
): Promise<RawWorkbook> {
  return readXlsxWorkbookSync(data, limits);
}
