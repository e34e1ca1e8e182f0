/**
 * The xlsx writer: the input workbook unchanged plus the plan's sheets. It first removes
 * the sheets QuotePart owns (`QP …`) and everything only they use, then appends the plan
 * sheets after the input sheets, each table a real Excel table. Parts it does not need to
 * touch are copied still compressed, byte for byte; the parts it edits (workbook, its
 * relationships, content types, styles) are edited surgically.
 */
import {
  OWNED_SHEET_PREFIX,
  rowCount,
  type PlanSheet,
  type PlanTable,
  type WritePlan,
} from '../../../engine/plan/writePlan';
import { parseTablePart } from '../read/tablePart';
import { parseWorkbookPart } from '../read/workbookPart';
import { partFolder, relationshipsPartName, relativeTarget } from '../zip/partNames';
import { isRelationshipType, parseRelationships } from '../zip/relationships';
import { openWorkbookPackage } from '../zip/workbookLocation';
import { readPartText, type ZipArchive } from '../zip/zipArchive';
import { MemorySink, ZipWriter, type ZipSink } from '../zip/zipWriter';
import type { ZipEntry } from '../zip/zipArchive';
import { attributeOf, findElements } from '../xml/xmlElements';
import { decodeXmlText } from '../xml/xmlText';
import { CONTENT_TYPES, editContentTypes } from './contentTypesEdit';
import { planOwnedSheetRemoval } from './ownedSheets';
import {
  editRelationships,
  freshRelationshipId,
  relationshipsXml,
  type NewRelationship,
} from './relationshipsEdit';
import { sheetPartPieces } from './sheetXml';
import { addOutputStyles } from './stylesPatch';
import { tablePartXml } from './tableXml';
import { chartPartXml, drawingPartXml, resolveCharts, type ResolvedChart } from './chartXml';
import { editWorkbookXml, type NewWorkbookSheet } from './workbookXmlEdit';
import {
  CUSTOM_PROPERTIES_TYPE,
  customPropertiesPart,
  newCustomPropertiesXml,
  withOwnedSheetsRecord,
} from './ownedSheetsRecord';
import { XlsxReadError } from '../xlsxReadError';
import { sheetConflictMessage, sheetNameConflict } from '../../ownership/sheetOwnership';

/** A plan that cannot be written (a programming error in the plan, not a user error). */
export class InvalidPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPlanError';
  }
}

/** Excel's grid: 1,048,576 rows × 16,384 columns; a cell beyond it makes the file unreadable. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

function validateGrid(sheet: PlanSheet): void {
  for (const block of sheet.blocks) {
    const lastRow =
      block.kind === 'table' ? block.row + Math.max(rowCount(block.rows), 1) : block.row;
    const lastColumn =
      block.kind === 'table' ? block.column + block.columns.length - 1 : block.column;
    if (
      block.row < 1 ||
      block.column < 1 ||
      lastRow > EXCEL_MAX_ROWS ||
      lastColumn > EXCEL_MAX_COLUMNS
    ) {
      const what = block.kind === 'table' ? `Le tableau « ${block.name} »` : 'Un texte';
      throw new InvalidPlanError(
        `${what} de la feuille « ${sheet.name} » sort de la grille d'Excel (ligne ${lastRow.toLocaleString('fr-FR')}, colonne ${lastColumn} ; ` +
          `au plus ${EXCEL_MAX_ROWS.toLocaleString('fr-FR')} lignes et ${EXCEL_MAX_COLUMNS.toLocaleString('fr-FR')} colonnes).`,
      );
    }
  }
}

function validatePlan(plan: WritePlan): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    validateGrid(sheet);
    const name = sheet.name;
    if (!name.startsWith(OWNED_SHEET_PREFIX))
      throw new InvalidPlanError(
        `La feuille « ${name} » ne commence pas par « ${OWNED_SHEET_PREFIX} ».`,
      );
    if (name.length > 31 || /[:\\/?*[\]]/.test(name) || name.endsWith("'"))
      throw new InvalidPlanError(`Nom de feuille invalide pour Excel : « ${name} ».`);
    if (seen.has(name.toLowerCase()))
      throw new InvalidPlanError(`Feuille « ${name} » en double dans le plan.`);
    seen.add(name.toLowerCase());
  }
}

/**
 * Refuses a plan sheet whose name a kept sheet already has, compared as Excel does
 * (without case): a user's `qp titres`, or a `QP …` sheet QuotePart did not write.
 * Renaming either sheet silently would surprise; the user renames theirs.
 */
function refuseSheetNameConflicts(
  sheets: readonly { readonly name: string }[],
  removed: ReadonlySet<number>,
  plan: WritePlan,
): void {
  const kept = sheets.filter((_, index) => !removed.has(index)).map((sheet) => sheet.name);
  const conflict = sheetNameConflict(
    kept,
    plan.sheets.map((sheet) => sheet.name),
  );
  if (conflict !== null) throw new XlsxReadError('SHEET_CONFLICT', sheetConflictMessage(conflict));
}

/** Allocates part names not used in the package (`xl/worksheets/sheet7.xml`). */
class PartNames {
  private readonly used: Set<string>;

  constructor(archive: ZipArchive, removed: ReadonlySet<string>) {
    this.used = new Set([...archive.byName.keys()].filter((name) => !removed.has(name)));
  }

  /** `folder/base.xml` when free (with `plain`), else `folder/baseN.xml` with the smallest free N. */
  allocate(folder: string, base: string, plain = false): string {
    for (let n = plain ? 0 : 1; ; n++) {
      const name = `${folder}${base}${n === 0 ? '' : n}.xml`;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}

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
function usedTableIdentifiers(
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

function uniqueTableName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, '_');
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  used.add(name.toLowerCase());
  return name;
}

interface SheetOutput {
  readonly sheet: PlanSheet;
  readonly part: string;
  readonly workbookSheet: NewWorkbookSheet;
  readonly tables: readonly {
    readonly table: PlanTable;
    readonly part: string;
    readonly id: number;
    readonly name: string;
    readonly relationshipId: string;
  }[];
  /** The sheet's drawing and its charts, when it has charts that can be drawn. */
  readonly drawing: {
    readonly part: string;
    readonly relationshipId: string;
    readonly charts: readonly { readonly chart: ResolvedChart; readonly part: string }[];
  } | null;
}

/** One part of the output package, in writing order. */
type OutputPart =
  | { readonly kind: 'copy'; readonly entry: ZipEntry }
  | { readonly kind: 'text'; readonly name: string; readonly xml: string }
  | { readonly kind: 'stream'; readonly name: string; readonly pieces: () => Iterable<string> };

/** Works out every part of the output package (sheets are generated lazily, when written). */
function planOutputParts(
  inputBytes: Uint8Array,
  plan: WritePlan,
): { archive: ZipArchive; parts: OutputPart[] } {
  validatePlan(plan);
  const { archive, workbookPart } = openWorkbookPackage(inputBytes);
  const contentTypesXml = readPartText(archive, '[Content_Types].xml');
  const workbookXml = readPartText(archive, workbookPart);
  if (contentTypesXml === null || workbookXml === null)
    throw new Error('Classeur incomplet : parties principales absentes.');
  const workbook = parseWorkbookPart(workbookXml);
  const workbookRelsPart = relationshipsPartName(workbookPart);
  const workbookRelsXml = readPartText(archive, workbookRelsPart);
  const workbookRels = parseRelationships(workbookRelsXml, workbookPart);
  const removal = planOwnedSheetRemoval(archive, workbookPart, workbook.sheets, workbookRels);
  const removedParts = new Set(removal.parts);
  const removedRelationshipIds = new Set(removal.relationshipIds);
  refuseSheetNameConflicts(workbook.sheets, removal.sheetIndexes, plan);

  // calcChain refers to cells by sheetId: drop it when it mentions a removed sheet (Excel rebuilds it).
  const calcChain = workbookRels.find(
    (r) => isRelationshipType(r.type, 'calcChain') && r.partName !== null,
  );
  if (calcChain?.partName && removal.sheetIds.size > 0) {
    const xml = readPartText(archive, calcChain.partName) ?? '';
    if (
      findElements(xml, 'c').some((c) => removal.sheetIds.has(attributeOf(c.startTag, 'i') ?? ''))
    ) {
      removedParts.add(calcChain.partName.toLowerCase());
      removedRelationshipIds.add(calcChain.id);
    }
  }

  const names = new PartNames(archive, removedParts);
  const replacements = new Map<string, string>();
  /** Part names (as written) of new parts among the replacements, by lower-case key. */
  const partNameOf = new Map<string, string>();
  const addedRelationships: NewRelationship[] = [];
  const addedContentTypes: [string, string][] = [];

  // The record of the sheets this run writes, for the next run (ownedSheetsRecord.ts).
  const ownedNames = plan.sheets.map((sheet) => sheet.name);
  const customPart = customPropertiesPart(archive);
  if (customPart !== null) {
    replacements.set(
      customPart.toLowerCase(),
      withOwnedSheetsRecord(readPartText(archive, customPart) ?? '', ownedNames),
    );
  } else {
    const part = names.allocate('docProps/', 'custom', true);
    replacements.set(part.toLowerCase(), newCustomPropertiesXml(ownedNames));
    partNameOf.set(part.toLowerCase(), part);
    addedContentTypes.push([part, CUSTOM_PROPERTIES_TYPE]);
    const rootRelsXml = readPartText(archive, '_rels/.rels');
    const rootIds = new Set(parseRelationships(rootRelsXml, '').map((r) => r.id));
    replacements.set(
      '_rels/.rels',
      editRelationships(rootRelsXml, new Set(), [
        { id: freshRelationshipId(rootIds), type: 'custom-properties', target: part },
      ]),
    );
    partNameOf.set('_rels/.rels', '_rels/.rels');
  }
  const usedRelationshipIds = new Set(workbookRels.map((r) => r.id));

  // The styles part: the one the workbook names (even when the zip lacks it: it is then
  // written where the relationship points, so no second relationship or Override), else new.
  const stylesRel = workbookRels.find(
    (r) => isRelationshipType(r.type, 'styles') && r.partName !== null,
  );
  const stylesPresent =
    stylesRel?.partName != null && archive.byName.has(stylesRel.partName.toLowerCase());
  const stylesPart =
    stylesRel?.partName ?? names.allocate(partFolder(workbookPart), 'styles', true);
  const patched = addOutputStyles(stylesPresent ? readPartText(archive, stylesPart) : null);
  replacements.set(stylesPart.toLowerCase(), patched.xml);
  if (!stylesRel)
    addedRelationships.push({
      id: freshRelationshipId(usedRelationshipIds),
      type: 'styles',
      target: relativeTarget(workbookPart, stylesPart),
    });
  if (!stylesPresent) addedContentTypes.push([stylesPart, CONTENT_TYPES.styles]);

  const tableIdentifiers = usedTableIdentifiers(
    archive,
    removedParts,
    workbookXml,
    contentTypesXml,
  );
  let tableId = tableIdentifiers.maxId;
  let sheetId = Math.max(0, ...workbook.sheets.map((s) => Number(s.sheetId) || 0));
  const outputs: SheetOutput[] = plan.sheets.map((sheet) => {
    const part = names.allocate(`${partFolder(workbookPart)}worksheets/`, 'sheet');
    const relationshipId = freshRelationshipId(usedRelationshipIds);
    addedRelationships.push({
      id: relationshipId,
      type: 'worksheet',
      target: relativeTarget(workbookPart, part),
    });
    addedContentTypes.push([part, CONTENT_TYPES.worksheet]);
    const tables = sheet.blocks
      .filter((block): block is PlanTable => block.kind === 'table' && block.columns.length > 0)
      .map((table, index) => {
        const tablePart = names.allocate(`${partFolder(workbookPart)}tables/`, 'table');
        addedContentTypes.push([tablePart, CONTENT_TYPES.table]);
        return {
          table,
          part: tablePart,
          id: ++tableId,
          name: uniqueTableName(table.name, tableIdentifiers.names),
          relationshipId: `rId${index + 1}`,
        };
      });
    const printTitleRows = sheet.print?.repeatRows;
    const charts = resolveCharts(sheet);
    let drawing: SheetOutput['drawing'] = null;
    if (charts.length > 0) {
      const drawingPart = names.allocate(`${partFolder(workbookPart)}drawings/`, 'drawing');
      addedContentTypes.push([drawingPart, CONTENT_TYPES.drawing]);
      const chartParts = charts.map((chart) => {
        const chartPart = names.allocate(`${partFolder(workbookPart)}charts/`, 'chart');
        addedContentTypes.push([chartPart, CONTENT_TYPES.chart]);
        return { chart, part: chartPart };
      });
      drawing = {
        part: drawingPart,
        relationshipId: `rId${tables.length + 1}`,
        charts: chartParts,
      };
    }
    return {
      sheet,
      part,
      tables,
      drawing,
      workbookSheet: {
        name: sheet.name,
        sheetId: ++sheetId,
        relationshipId,
        ...(printTitleRows === undefined ? {} : { printTitleRows }),
      },
    };
  });

  replacements.set(
    workbookPart.toLowerCase(),
    editWorkbookXml(workbookXml, {
      removedSheetIndexes: removal.sheetIndexes,
      removedSheetNames: removal.sheetNames,
      removedTableNames: removal.tableNames,
      newSheets: outputs.map((o) => o.workbookSheet),
    }),
  );
  replacements.set(
    workbookRelsPart.toLowerCase(),
    editRelationships(workbookRelsXml, removedRelationshipIds, addedRelationships),
  );
  replacements.set(
    '[content_types].xml',
    editContentTypes(contentTypesXml, removedParts, addedContentTypes),
  );

  const parts: OutputPart[] = [];
  const written = new Set<string>();
  for (const entry of archive.entries) {
    const key = entry.name.toLowerCase();
    if (removedParts.has(key) || written.has(key)) continue;
    written.add(key);
    const replacement = replacements.get(key);
    parts.push(
      replacement === undefined
        ? { kind: 'copy', entry }
        : { kind: 'text', name: entry.name, xml: replacement },
    );
  }
  for (const [key, xml] of replacements) {
    if (!written.has(key))
      parts.push({
        kind: 'text',
        name: key === stylesPart.toLowerCase() ? stylesPart : (partNameOf.get(key) ?? key),
        xml,
      });
  }
  for (const output of outputs) {
    const context = {
      styles: patched.styles,
      date1904: workbook.date1904,
      tableRelationshipIds: output.tables.map((t) => t.relationshipId),
      drawingRelationshipId: output.drawing?.relationshipId ?? null,
    };
    parts.push({
      kind: 'stream',
      name: output.part,
      pieces: () => sheetPartPieces(output.sheet, context),
    });
    const relationships: NewRelationship[] = output.tables.map((t) => ({
      id: t.relationshipId,
      type: 'table',
      target: relativeTarget(output.part, t.part),
    }));
    const drawing = output.drawing;
    if (drawing !== null)
      relationships.push({
        id: drawing.relationshipId,
        type: 'drawing',
        target: relativeTarget(output.part, drawing.part),
      });
    if (relationships.length > 0)
      parts.push({
        kind: 'text',
        name: relationshipsPartName(output.part),
        xml: relationshipsXml(relationships),
      });
    for (const table of output.tables)
      parts.push({
        kind: 'text',
        name: table.part,
        xml: tablePartXml(table.table, table.id, table.name),
      });
    if (drawing !== null) {
      parts.push({
        kind: 'text',
        name: drawing.part,
        xml: drawingPartXml(drawing.charts.map((c) => c.chart)),
      });
      const chartRelationships = drawing.charts.map((c, index) => ({
        id: `rId${index + 1}`,
        type: 'chart',
        target: relativeTarget(drawing.part, c.part),
      }));
      parts.push({
        kind: 'text',
        name: relationshipsPartName(drawing.part),
        xml: relationshipsXml(chartRelationships),
      });
      for (const chart of drawing.charts)
        parts.push({
          kind: 'text',
          name: chart.part,
          xml: chartPartXml(output.sheet.name, chart.chart),
        });
    }
  }
  return { archive, parts };
}

/** Writes the plan into a copy of the input workbook and returns the new file's bytes. */
export function writeXlsxWithPlan(inputBytes: Uint8Array, plan: WritePlan): Uint8Array {
  const { archive, parts } = planOutputParts(inputBytes, plan);
  const sink = new MemorySink();
  const writer = new ZipWriter(sink);
  for (const part of parts) {
    if (part.kind === 'copy') writer.copyEntry(archive, part.entry);
    else if (part.kind === 'text') writer.addPart(part.name, part.xml);
    else writer.addStreamedPart(part.name, part.pieces());
  }
  writer.finish();
  return sink.bytes();
}

/**
 * As `writeXlsxWithPlan`, into a sink as the bytes are produced, deflating sheets on the
 * thread pool meanwhile (the CLI's path: no whole output in memory, both cores busy).
 * Resolves to the number of bytes written.
 */
export async function writeXlsxWithPlanToSink(
  inputBytes: Uint8Array,
  plan: WritePlan,
  sink: ZipSink,
): Promise<number> {
  const { archive, parts } = planOutputParts(inputBytes, plan);
  const writer = new ZipWriter(sink);
  for (const part of parts) {
    if (part.kind === 'copy') writer.copyEntry(archive, part.entry);
    else if (part.kind === 'text') writer.addPart(part.name, part.xml);
    else await writer.addStreamedPartAsync(part.name, part.pieces());
  }
  return writer.finish();
}
