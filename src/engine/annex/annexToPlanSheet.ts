/**
 * Lays an annex document out as a printable worksheet of the write plan: title and
 * subtitle at the top (repeated on every printed page), then each section's heading,
 * notes, tables (one blank row after each) and charts stacked downwards in column A;
 * A4 landscape, fitted to the page width.
 */
import type { PlanBlock, PlanChart, PlanSheet, PlanTable } from '../plan/writePlan';
import type { AnnexDocument } from './annexDocument';

/** Rows a chart takes on the sheet, and columns. */
export const CHART_ROWS = 18;
export const CHART_COLUMNS = 8;

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
        const table: PlanTable = {
          kind: 'table',
          name: `${tablePrefix}_${item.id}`,
          row,
          column: 1,
          columns: item.columns,
          rows: item.rows,
        };
        tables.set(item.id, table);
        blocks.push(table);
        row += item.rows.length + 2;
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
  return {
    name: sheetName,
    blocks,
    freezeRows: 2,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 2] },
    ...(charts.length > 0 ? { charts } : {}),
  };
}
