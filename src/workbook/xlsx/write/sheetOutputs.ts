/**
 * The parts each plan sheet becomes: its worksheet, its tables, its drawing and charts,
 * with their names, ids and relationships allocated up front (the workbook part, its
 * relationships and the content types list them before the sheets are generated).
 */
import type { PlanSheet, PlanTable, WritePlan } from '../../../engine/plan/writePlan';
import { partFolder, relationshipsPartName, relativeTarget } from '../zip/partNames';
import { CONTENT_TYPES } from './contentTypesEdit';
import { chartPartXml, drawingPartXml, resolveCharts, type ResolvedChart } from './chartXml';
import type { OutputPart } from './outputPart';
import type { PartNames } from './partNameAllocator';
import { freshRelationshipId, relationshipsXml, type NewRelationship } from './relationshipsEdit';
import { sheetPartPieces, type SheetPartContext } from './sheetXml';
import type { RowsEncoder } from './offloadedRows';
import { offloadableTable, offloadedSheetChunks } from './offloadedSheetPart';
import { tablePartXml } from './tableXml';
import { uniqueTableName } from './tableIdentifiers';
import type { NewWorkbookSheet } from './workbookXmlEdit';

/** Where a plan sheet and its tables, drawing and charts go. */
export interface SheetOutput {
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

/** What allocating the sheets' parts reads from, and adds to, the package being planned. */
export interface SheetAllocation {
  readonly names: PartNames;
  readonly workbookPart: string;
  readonly usedRelationshipIds: Set<string>;
  readonly addedRelationships: NewRelationship[];
  readonly addedContentTypes: [string, string][];
  /** Table names in use (lower case); new names are added. */
  readonly tableNames: Set<string>;
  /** Largest table id in use. */
  readonly maxTableId: number;
  /** Largest sheetId in use. */
  readonly maxSheetId: number;
}

/** Allocates the parts, ids and relationships of every plan sheet, in plan order. */
export function allocateSheetOutputs(plan: WritePlan, at: SheetAllocation): SheetOutput[] {
  const { names, workbookPart, addedContentTypes } = at;
  let tableId = at.maxTableId;
  let sheetId = at.maxSheetId;
  return plan.sheets.map((sheet) => {
    const part = names.allocate(`${partFolder(workbookPart)}worksheets/`, 'sheet');
    const relationshipId = freshRelationshipId(at.usedRelationshipIds);
    at.addedRelationships.push({
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
          name: uniqueTableName(table.name, at.tableNames),
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
}

/** What every sheet part shares (see SheetPartContext). */
export type SheetsContext = Omit<
  SheetPartContext,
  'tableRelationshipIds' | 'drawingRelationshipId'
>;

/** The parts of one plan sheet, in writing order (the worksheet streamed, the rest whole). */
export function sheetOutputParts(output: SheetOutput, shared: SheetsContext): OutputPart[] {
  const parts: OutputPart[] = [];
  const context: SheetPartContext = {
    ...shared,
    tableRelationshipIds: output.tables.map((t) => t.relationshipId),
    drawingRelationshipId: output.drawing?.relationshipId ?? null,
  };
  const offloadable = offloadableTable(output.sheet, context);
  parts.push({
    kind: 'stream',
    name: output.part,
    pieces: () => sheetPartPieces(output.sheet, context),
    ...(offloadable === null
      ? {}
      : {
          offloaded: (encoder: RowsEncoder) =>
            offloadedSheetChunks(output.sheet, offloadable, context, encoder),
        }),
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
  return parts;
}
