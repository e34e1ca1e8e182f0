/**
 * Works out every part of the output package: the input workbook unchanged, minus the
 * sheets QuotePart owns (`QP …`) and everything only they use, plus the plan sheets after
 * the input sheets. Parts it does not need to touch are copied still compressed; the parts
 * it edits (workbook, its relationships, content types, styles, shared strings) are edited
 * surgically. Sheets are generated lazily, when written.
 */
import type { WritePlan } from '../../../engine/plan/writePlan';
import { parseWorkbookPart } from '../read/workbookPart';
import { partFolder, relationshipsPartName, relativeTarget } from '../zip/partNames';
import { isRelationshipType, parseRelationships } from '../zip/relationships';
import { openWorkbookPackage } from '../zip/workbookLocation';
import { readPartText, type ZipArchive } from '../zip/zipArchive';
import { attributeOf, findElements } from '../xml/xmlElements';
import { CONTENT_TYPES, editContentTypes } from './contentTypesEdit';
import type { OutputPart } from './outputPart';
import { planOwnedSheetRemoval } from './ownedSheets';
import {
  CUSTOM_PROPERTIES_TYPE,
  customPropertiesPart,
  newCustomPropertiesXml,
  withOwnedSheetsRecord,
} from './ownedSheetsRecord';
import { PartNames } from './partNameAllocator';
import { refuseSheetNameConflicts, validatePlan } from './planValidation';
import { editRelationships, freshRelationshipId, type NewRelationship } from './relationshipsEdit';
import { hasCompactTable, planSharedStrings } from './sharedStringsOutput';
import { allocateSheetOutputs, sheetOutputParts } from './sheetOutputs';
import { addOutputStyles } from './stylesPatch';
import { usedTableIdentifiers } from './tableIdentifiers';
import { editWorkbookXml } from './workbookXmlEdit';

/** How the writer lays out the plan's sheets. */
export interface WriteOptions {
  /**
   * Tables of at least this many rows are written compactly: short texts in the shared
   * string table, cells without the `r` a reader infers. Smaller tables keep inline
   * strings and a reference on every cell, as earlier versions wrote them.
   */
  readonly compactFromRows: number;
}

/** The default: only the very large tables (quote-parts, titres at the scale ceiling) are compact. */
export const DEFAULT_WRITE_OPTIONS: WriteOptions = { compactFromRows: 100_000 };

/** Works out every part of the output package, in writing order. */
export function planOutputParts(
  inputBytes: Uint8Array,
  plan: WritePlan,
  options: WriteOptions = DEFAULT_WRITE_OPTIONS,
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
  const outputs = allocateSheetOutputs(plan, {
    names,
    workbookPart,
    usedRelationshipIds,
    addedRelationships,
    addedContentTypes,
    tableNames: tableIdentifiers.names,
    maxTableId: tableIdentifiers.maxId,
    maxSheetId: Math.max(0, ...workbook.sheets.map((s) => Number(s.sheetId) || 0)),
  });

  // The shared strings of the large tables, continuing the input's (written last, see below).
  const sharedStrings = hasCompactTable(plan, options.compactFromRows)
    ? planSharedStrings(archive, workbookPart, workbookRels, names, {
        usedRelationshipIds,
        relationships: addedRelationships,
        contentTypes: addedContentTypes,
      })
    : null;

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
  if (sharedStrings !== null) written.add(sharedStrings.part.toLowerCase());
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
  const shared = {
    styles: patched.styles,
    date1904: workbook.date1904,
    compactFromRows: options.compactFromRows,
    sharedStrings: sharedStrings?.table ?? null,
  };
  for (const output of outputs) parts.push(...sheetOutputParts(output, shared));
  // After the sheets: they add their texts to the table as they are generated.
  if (sharedStrings !== null)
    parts.push({
      kind: 'stream',
      name: sharedStrings.part,
      pieces: () => sharedStrings.table.partPieces(),
    });
  return { archive, parts };
}
