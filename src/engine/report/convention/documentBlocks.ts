/**
 * An annex document (`serviceAnnex`) as printable blocks: its title, section headings,
 * notes and tables with every cell written as Excel's format shows it (`displayCell`),
 * and its charts as bars read from the very cells of the table they chart. Long text
 * columns of a wide table (the `Calcul` of each line) go under their row, as in the HTML
 * report, so that the table keeps the width of a page.
 */
import type { AnnexChart, AnnexDocument, AnnexTable } from '../../annex/annexDocument';
import type { ColumnFormat, PlanColumn } from '../../plan/writePlan';
import { displayCell } from '../../annex/frenchText';
import { parseDecimal } from '../../numbers/decimalText';
import type { Q } from '../../numbers/rational';
import { axisBounds, position } from '../svg/chartGeometry';
import type { PrintBlock, PrintColumn, PrintRow } from './conventionAnnexModel';

const NUMERIC: ReadonlySet<ColumnFormat> = new Set([
  'euro',
  'share',
  'percent',
  'number',
  'integer',
]);
/** Width (in characters) from which a text column is a long text (as the HTML report). */
const LONG_TEXT = 60;
/** Number of columns from which long texts go under their row (as the HTML report). */
const WIDE_TABLE = 6;

/** A total row appended to a table: the label in its first column, then the given cells. */
export type TotalRow = (table: AnnexTable) => readonly (string | null)[] | null;

function isLong(columns: readonly PlanColumn[], column: PlanColumn): boolean {
  return columns.length >= WIDE_TABLE && column.format === 'text' && column.width >= LONG_TEXT;
}

/** The table block of an annex table, with an optional total row (already written cells). */
export function tableBlock(table: AnnexTable, total: TotalRow | null = null): PrintBlock {
  const indexed = table.columns.map((column, k) => ({ column, k }));
  const inline = indexed.filter(({ column }) => !isLong(table.columns, column));
  const below = indexed.filter(({ column }) => isLong(table.columns, column));
  const columns: PrintColumn[] = inline.map(({ column }) => ({
    header: column.header,
    align: NUMERIC.has(column.format) ? 'right' : 'left',
    width: column.width,
  }));
  const rows: PrintRow[] = table.rows.map((row) => ({
    cells: inline.map(({ column, k }) => displayCell(row[k] ?? null, column.format)),
    details: below
      .filter(({ k }) => (row[k] ?? '') !== '')
      .map(({ column, k }) => ({
        label: column.header,
        text: displayCell(row[k] ?? null, column.format),
      })),
    total: false,
  }));
  const totals = total?.(table) ?? null;
  if (totals !== null)
    rows.push({
      cells: inline.map(({ k }) => totals[k] ?? ''),
      details: [],
      total: true,
    });
  return { kind: 'table', columns, rows };
}

/** The bars of a chart item, read from the table it charts (`null` when that table is absent). */
export function chartBlock(chart: AnnexChart, table: AnnexTable | undefined): PrintBlock | null {
  if (!table) return null;
  const category = table.columns.findIndex((c) => c.header === chart.categoryColumn);
  const value = table.columns.findIndex((c) => c.header === chart.valueColumn);
  const format = table.columns[value]?.format ?? 'euro';
  const points: { label: string; value: Q; text: string }[] = table.rows.flatMap((row) => {
    const cell = row[value] ?? null;
    const v = cell === null ? null : parseDecimal(cell);
    return v ? [{ label: row[category] ?? '', value: v, text: displayCell(cell, format) }] : [];
  });
  const { min, max } = axisBounds(points.map((p) => p.value));
  return {
    kind: 'bars',
    title: chart.title,
    series: [chart.valueColumn],
    groups: points.map((p) => ({
      label: p.label,
      bars: [{ end: position(p.value, min, max), text: p.text }],
    })),
    zero: position({ n: 0n, d: 1n }, min, max),
  };
}

/** Every block of an annex document; `total` gives the total row of a table, if any. */
export function documentBlocks(doc: AnnexDocument, total: TotalRow | null = null): PrintBlock[] {
  const tables = new Map<string, AnnexTable>();
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: doc.title },
    { kind: 'paragraph', text: doc.subtitle },
  ];
  for (const section of doc.sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.heading });
    for (const item of section.items) {
      if (item.kind === 'note') {
        if (item.text !== '') blocks.push({ kind: 'paragraph', text: item.text });
      } else if (item.kind === 'table') {
        tables.set(item.id, item);
        blocks.push(tableBlock(item, total));
      } else {
        const chart = chartBlock(item, tables.get(item.table));
        if (chart) blocks.push(chart);
      }
    }
  }
  return blocks;
}
