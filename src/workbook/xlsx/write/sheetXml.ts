/**
 * The worksheet part of a plan sheet, produced as a sequence of string pieces (one per
 * row) so that a 350,000-row table is deflated as it is generated. Blocks (tables and
 * text lines) may share rows; cells of a row come out left to right as SpreadsheetML
 * requires.
 */
import {
  eachRow,
  rowCount,
  type PlanBlock,
  type PlanRow,
  type PlanSheet,
  type PlanTable,
} from '../../../engine/plan/writePlan';
import { cellAddress, columnLetters } from '../../../engine';
import {
  columnCellWriter,
  compactColumnCellWriter,
  rowXml,
  textCellXml,
  withReference,
  type ColumnCellWriter,
} from './cellXml';
import type { SharedStringTable } from './sharedStringTable';
import type { OutputStyleSet, OutputStyles } from './stylesPatch';
import { tableColumnNames, tableLastRow } from './tableXml';
import { mergeCellsXml, pageSetupXml } from './pageSetupXml';

/** What a sheet part needs besides the plan sheet. */
export interface SheetPartContext {
  readonly styles: OutputStyles;
  readonly date1904: boolean;
  /** Relationship ids of the sheet's table parts, in the order of its table blocks. */
  readonly tableRelationshipIds: readonly string[];
  /** Relationship id of the sheet's drawing (charts), if any. */
  readonly drawingRelationshipId: string | null;
  /**
   * Tables of at least this many rows are written compactly: cells without `r` where it
   * follows from the previous cell, short texts in `sharedStrings` when given.
   */
  readonly compactFromRows: number;
  /** The workbook's shared string table, or null to keep every text inline. */
  readonly sharedStrings: SharedStringTable | null;
}

/** One block laid out on the grid: its rows and a function giving a row's cells (asked for each row in turn, once). */
interface LaidOutBlock extends BlockExtent {
  /** Cells of one row (absolute row number, its text) as XML. */
  readonly cells: (row: number, rowText: string) => string;
}

/** The header cells of a table on row `rowText`. */
export function headerCellsXml(
  headers: readonly string[],
  letters: readonly string[],
  style: number,
  rowText: string,
): string {
  return headers
    .map((header, index) => textCellXml(`${letters[index]}${rowText}`, style, header))
    .join('');
}

function layOutTable(
  table: PlanTable,
  context: SheetPartContext,
  styles: OutputStyleSet,
): LaidOutBlock {
  const letters = table.columns.map((_, index) => columnLetters(table.column + index));
  const compact = rowCount(table.rows) >= context.compactFromRows;
  const writers = table.columns.map((column, index) =>
    compact
      ? compactColumnCellWriter(
          styles.formats[column.format],
          column.format,
          context.date1904,
          context.sharedStrings,
        )
      : columnCellWriter(
          letters[index] as string,
          styles.formats[column.format],
          column.format,
          context.date1904,
        ),
  );
  const width = writers.length;
  const headers = tableColumnNames(table);
  const headerStyle = styles.header;
  // Rows are asked for in increasing order, each once: read them from one pass over the table's rows.
  let rows: Iterator<PlanRow> | null = null;
  return {
    firstRow: table.row,
    lastRow: tableLastRow(table),
    firstColumn: table.column,
    lastColumn: table.column + table.columns.length - 1,
    cells: (row, rowText) => {
      if (row === table.row) return headerCellsXml(headers, letters, headerStyle, rowText);
      rows ??= eachRow(table.rows)[Symbol.iterator]();
      const next = rows.next();
      if (next.done === true) return '';
      const values = next.value;
      let xml = '';
      if (compact) {
        // The first cell of the row, and any cell after a gap, carry their reference.
        let previous = -2;
        for (let index = 0; index < width; index++) {
          const value = values[index];
          if (value === null || value === undefined) continue;
          const cell = (writers[index] as ColumnCellWriter)(rowText, value);
          xml +=
            index === previous + 1
              ? cell
              : withReference(cell, (letters[index] as string) + rowText);
          previous = index;
        }
        return xml;
      }
      for (let index = 0; index < width; index++) {
        const value = values[index];
        if (value !== null && value !== undefined)
          xml += (writers[index] as ColumnCellWriter)(rowText, value);
      }
      return xml;
    },
  };
}

function layOut(block: PlanBlock, context: SheetPartContext, styles: OutputStyleSet): LaidOutBlock {
  if (block.kind === 'table') return layOutTable(block, context, styles);
  const style =
    block.style === 'title'
      ? styles.title
      : block.style === 'heading'
        ? styles.heading
        : styles.note;
  return {
    firstRow: block.row,
    lastRow: block.row,
    firstColumn: block.column,
    lastColumn: block.column + Math.max(1, block.span ?? 1) - 1,
    cells: (row, rowText) =>
      textCellXml(`${columnLetters(block.column)}${rowText}`, style, block.text),
  };
}

function columnsXml(sheet: PlanSheet): string {
  const widths = new Map<number, number>();
  sheet.columnWidths?.forEach((width, index) => widths.set(index + 1, width));
  for (const block of sheet.columnWidths === undefined ? sheet.blocks : []) {
    if (block.kind !== 'table') continue;
    block.columns.forEach((column, index) => {
      const at = block.column + index;
      widths.set(at, Math.max(widths.get(at) ?? 0, column.width));
    });
  }
  const cols = [...widths.entries()]
    .filter(([, width]) => width > 0)
    .sort((a, b) => a[0] - b[0])
    .map(
      ([column, width]) =>
        `<col min="${column}" max="${column}" width="${Math.min(width, 255) + 0.7109375}" customWidth="1"/>`,
    );
  return cols.length === 0 ? '' : `<cols>${cols.join('')}</cols>`;
}

function sheetViewXml(sheet: PlanSheet): string {
  if (sheet.freezeRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${sheet.freezeRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${sheet.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
  );
}

/** Where a block lies on the grid (rows and columns, 1-based, inclusive). */
export interface BlockExtent {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** The worksheet's start, up to and including `<sheetData>`, for blocks lying at `extents`. */
export function sheetHeadXml(sheet: PlanSheet, extents: readonly BlockExtent[]): string {
  let dimension = 'A1';
  if (extents.length > 0) {
    const top = Math.min(...extents.map((b) => b.firstRow));
    const left = Math.min(...extents.map((b) => b.firstColumn));
    const bottom = Math.max(...extents.map((b) => b.lastRow));
    const right = Math.max(...extents.map((b) => b.lastColumn));
    dimension = `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="${dimension}"/>${sheetViewXml(sheet)}<sheetFormatPr defaultRowHeight="15"/>${columnsXml(sheet)}<sheetData>`
  );
}

/** The worksheet's end, from `</sheetData>` on. */
export function sheetTailXml(sheet: PlanSheet, context: SheetPartContext): string {
  let tail = `</sheetData>${mergeCellsXml(sheet)}${pageSetupXml(sheet.print)}`;
  if (context.drawingRelationshipId !== null)
    tail += `<drawing r:id="${context.drawingRelationshipId}"/>`;
  const tables = context.tableRelationshipIds;
  if (tables.length > 0)
    tail += `<tableParts count="${tables.length}">${tables.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  return `${tail}</worksheet>`;
}

/** The styles of a sheet's cells (wrapped text or not). */
export function sheetStyles(sheet: PlanSheet, context: SheetPartContext): OutputStyleSet {
  return sheet.wrapText === true ? context.styles.wrapped : context.styles;
}

/** The pieces of the worksheet XML of a plan sheet, in order. */
export function* sheetPartPieces(sheet: PlanSheet, context: SheetPartContext): Generator<string> {
  const styles = sheetStyles(sheet, context);
  const blocks = sheet.blocks
    .filter((block) => block.kind === 'text' || block.columns.length > 0)
    .map((block) => layOut(block, context, styles))
    .sort((a, b) => a.firstRow - b.firstRow || a.firstColumn - b.firstColumn);
  const heights = new Map(sheet.rowHeights ?? []);
  yield sheetHeadXml(sheet, blocks);
  let active: LaidOutBlock[] = [];
  let next = 0;
  let row = blocks[0]?.firstRow ?? 0;
  while (next < blocks.length || active.length > 0) {
    if (active.length === 0) row = Math.max(row, (blocks[next] as LaidOutBlock).firstRow);
    while (next < blocks.length && (blocks[next] as LaidOutBlock).firstRow <= row)
      active.push(blocks[next++] as LaidOutBlock);
    if (active.length > 1) active.sort((a, b) => a.firstColumn - b.firstColumn);
    const rowText = String(row);
    let cells = '';
    for (const block of active) cells += block.cells(row, rowText);
    if (cells !== '') yield rowXml(rowText, heights.get(row), cells);
    if (active.some((block) => block.lastRow <= row))
      active = active.filter((block) => block.lastRow > row);
    row++;
  }
  yield sheetTailXml(sheet, context);
}
