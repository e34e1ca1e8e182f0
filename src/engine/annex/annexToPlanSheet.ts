/**
 * Lays an annex document out as a printable worksheet of the write plan: title and
 * subtitle at the top (repeated on every printed page), then each section's heading,
 * notes, tables (one blank row after each) and charts stacked downwards in column A;
 * then laid out for A4 (`printLayout`): orientation, a legible fixed scale, column widths
 * that fit the page width, wrapped text with row heights that show it, the document's
 * page header and « Page n / N » on every page.
 */
import type {
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanColumn,
  PlanSheet,
  PlanTable,
} from '../plan/writePlan';
import { PRINT_MARGINS, printLayout } from '../plan/print/printLayout';
import type { AnnexDocument, AnnexTable } from './annexDocument';

/** Rows a chart takes on the sheet, and columns. */
export const CHART_ROWS = 18;
export const CHART_COLUMNS = 8;

/**
 * A table without its `linesBelow` column, and that column as lines « <first cell> :
 * <text> » (none when the table has no such column).
 */
export function splitLinesBelow(table: AnnexTable): {
  columns: readonly PlanColumn[];
  rows: readonly (readonly PlanCell[])[];
  lines: readonly string[];
} {
  const k = table.columns.findIndex((c) => c.header === table.linesBelow);
  if (k < 1) return { columns: table.columns, rows: table.rows, lines: [] };
  const rows = table.rows.map((r) => r.filter((_, index) => index !== k));
  const lines = table.rows
    .filter((r) => (r[k] ?? '') !== '')
    .map((r) => `${r[0] ?? ''} : ${r[k] ?? ''}`);
  return { columns: table.columns.filter((_, index) => index !== k), rows, lines };
}

/** The worksheet of `doc`; its tables are named `<tablePrefix>_<table id>`. */
export function annexToPlanSheet(
  doc: AnnexDocument,
  sheetName: string,
  tablePrefix: string,
): PlanSheet {
  const blocks: PlanBlock[] = [
    { kind: 'text', row: 1, column: 1, text: doc.title, style: 'title' },
    { kind: 'text', row: 2, column: 1, text: doc.subtitle, style: 'note' },
  ];
  const charts: PlanChart[] = [];
  const tables = new Map<string, PlanTable>();
  let row = 4;
  for (const section of doc.sections) {
    blocks.push({ kind: 'text', row, column: 1, text: section.heading, style: 'heading' });
    row += 1;
    for (const item of section.items) {
      if (item.kind === 'note') {
        blocks.push({ kind: 'text', row, column: 1, text: item.text, style: 'note' });
        row += 1;
      } else if (item.kind === 'table') {
        const { columns, rows, lines } = splitLinesBelow(item);
        const table: PlanTable = {
          kind: 'table',
          name: `${tablePrefix}_${item.id}`,
          row,
          column: 1,
          columns,
          rows,
        };
        tables.set(item.id, table);
        blocks.push(table);
        row += item.rows.length + 2;
        for (const text of lines) {
          blocks.push({ kind: 'text', row, column: 1, text, style: 'note' });
          row += 1;
        }
        if (lines.length > 0) row += 1;
      } else {
        const table = tables.get(item.table);
        if (!table) continue;
        charts.push({
          title: item.title,
          type: item.type === 'pie' ? 'pie' : 'clusteredBar',
          table: table.name,
          categoryColumn: item.categoryColumn,
          seriesColumns: [item.valueColumn],
          anchor: { row, column: 1, rows: CHART_ROWS, columns: CHART_COLUMNS },
        });
        row += CHART_ROWS + 1;
      }
    }
    row += 1;
  }
  const layout = printLayout(blocks, charts.length > 0 ? CHART_COLUMNS : 0);
  // A chart ends where its last column ends: its anchor then names the next column, which
  // LibreOffice prints as an extra, empty page to the right. It stops one column short.
  const chartColumns = Math.max(1, Math.min(CHART_COLUMNS, layout.columnWidths.length - 1));
  const fitted = charts.map((c) => ({ ...c, anchor: { ...c.anchor, columns: chartColumns } }));
  return {
    name: sheetName,
    blocks: layout.blocks,
    freezeRows: 2,
    print: {
      orientation: layout.orientation,
      paper: 'A4',
      scale: layout.scale,
      margins: PRINT_MARGINS,
      ...(doc.pageHeader === undefined ? {} : { header: doc.pageHeader }),
      pageNumbers: true,
      repeatRows: [1, 2],
    },
    ...(fitted.length > 0 ? { charts: fitted } : {}),
    columnWidths: layout.columnWidths,
    rowHeights: layout.rowHeights,
    wrapText: true,
  };
}
