/**
 * A printed table: column widths in proportion to the annex's widths, a bold header row
 * repeated at the top of every page the table runs onto, cells wrapped in their column,
 * numbers right-aligned, each row's long texts (its calculation) under it across the
 * table, and a total row in bold above a rule. A row never splits across pages.
 */
import type { PrintBlock, PrintRow } from '../../engine';
import { GREY, RULE, type PageFlow, type TextStyle } from './pageFlow';
import { LEADING, MARGIN, SIZE, TEXT_WIDTH } from './pdfPage';

type TableBlock = Extract<PrintBlock, { kind: 'table' }>;

const PAD = 2;
/** A word wider than this (points) may be cut rather than widen its column. */
const MAX_WORD = 90;
const CELL: TextStyle = { size: SIZE.cell };
const HEAD: TextStyle = { size: SIZE.cell, bold: true };
const TOTAL: TextStyle = { size: SIZE.cell, bold: true };
const DETAIL: TextStyle = { size: SIZE.detail, color: GREY };
const DETAIL_LABEL: TextStyle = { size: SIZE.detail, bold: true, color: GREY };

interface Laid {
  readonly cells: readonly string[][];
  readonly details: readonly string[][];
  readonly height: number;
}

/** Widest word of a text, in a style (a header never breaks inside a word when it can be helped). */
function widestWord(flow: PageFlow, text: string, style: TextStyle): number {
  return Math.max(0, ...text.split(' ').map((w) => flow.width(w, style)));
}

/**
 * Column widths in points, filling the text width: a number column is as wide as its
 * widest cell (an amount never wraps), a text column at least as wide as the longest word
 * of its header; the width left goes to the text columns in proportion to their content.
 * When even that does not fit, widths follow the annex's widths and cells wrap.
 */
function widths(flow: PageFlow, table: TableBlock): number[] {
  const words = table.columns.map((column) => widestWord(flow, column.header, HEAD));
  const natural = table.columns.map((column, k) => {
    let widest = words[k] ?? 0;
    for (const row of table.rows) {
      const text = row.cells[k] ?? '';
      const style = row.total ? TOTAL : CELL;
      const w = flow.width(text, style);
      if (w > widest) widest = w;
      if (column.align === 'left') {
        const word = Math.min(widestWord(flow, text, style), MAX_WORD);
        if (word > (words[k] ?? 0)) words[k] = word;
      }
    }
    return widest + 2 * PAD;
  });
  const minimum = table.columns.map((column, k) =>
    column.align === 'right'
      ? (natural[k] ?? 0)
      : Math.min(natural[k] ?? 0, (words[k] ?? 0) + 2 * PAD),
  );
  const fixed = minimum.reduce((n, w) => n + w, 0);
  if (fixed > TEXT_WIDTH) {
    const sum = table.columns.reduce((n, c) => n + c.width, 0) || 1;
    return table.columns.map((c) => (c.width / sum) * TEXT_WIDTH);
  }
  const growable = table.columns.map((column, k) =>
    column.align === 'right' ? 0 : Math.max(0, (natural[k] ?? 0) - (minimum[k] ?? 0)),
  );
  const wanted = growable.reduce((n, w) => n + w, 0);
  const spare = TEXT_WIDTH - fixed;
  if (wanted <= spare) {
    // Everything fits unwrapped: the rest of the line goes to the columns in proportion.
    const extra = spare - wanted;
    const total = natural.reduce((n, w) => n + w, 0) || 1;
    return natural.map((w) => w + (extra * w) / total);
  }
  return minimum.map((w, k) => w + ((growable[k] ?? 0) / wanted) * spare);
}

function layRow(flow: PageFlow, row: PrintRow, cols: readonly number[], style: TextStyle): Laid {
  const cells = row.cells.map((text, k) => flow.wrap(text, (cols[k] ?? 0) - 2 * PAD, style));
  const details = row.details.map((d) =>
    flow.wrap(`${d.label} : ${d.text}`, TEXT_WIDTH - 4 * PAD, DETAIL),
  );
  const lineHeight = style.size * LEADING;
  const cellHeight = Math.max(1, ...cells.map((c) => c.length)) * lineHeight;
  const detailHeight = details.reduce((n, d) => n + d.length * SIZE.detail * LEADING, 0);
  return { cells, details, height: cellHeight + detailHeight + 2 * PAD };
}

function drawRow(
  flow: PageFlow,
  table: TableBlock,
  laid: Laid,
  cols: readonly number[],
  style: TextStyle,
): void {
  const top = flow.y - PAD;
  const lineHeight = style.size * LEADING;
  let x = MARGIN.left;
  laid.cells.forEach((lines, k) => {
    const width = cols[k] ?? 0;
    const right = table.columns[k]?.align === 'right';
    lines.forEach((line, i) => {
      const lx = right ? x + width - PAD - flow.width(line, style) : x + PAD;
      flow.line(line, lx, top - i * lineHeight, style);
    });
    x += width;
  });
  let y = top - Math.max(1, ...laid.cells.map((c) => c.length)) * lineHeight;
  for (const lines of laid.details) {
    lines.forEach((line, i) => {
      const colon = line.indexOf(' : ');
      if (i === 0 && colon > 0) {
        const label = line.substring(0, colon + 2);
        flow.line(label, MARGIN.left + 2 * PAD, y, DETAIL_LABEL);
        flow.line(
          line.substring(colon + 2),
          MARGIN.left + 2 * PAD + flow.width(label, DETAIL_LABEL),
          y,
          DETAIL,
        );
      } else flow.line(line, MARGIN.left + 2 * PAD, y, DETAIL);
      y -= SIZE.detail * LEADING;
    });
  }
  flow.y -= laid.height;
}

function rule(flow: PageFlow, thickness = 0.4): void {
  flow.page.drawLine({
    start: { x: MARGIN.left, y: flow.y },
    end: { x: MARGIN.left + TEXT_WIDTH, y: flow.y },
    thickness,
    color: RULE,
  });
}

/** Draws a table block from the cursor. */
export function drawTable(flow: PageFlow, table: TableBlock): void {
  const cols = widths(flow, table);
  const header: PrintRow = { cells: table.columns.map((c) => c.header), details: [], total: false };
  const head = layRow(flow, header, cols, HEAD);
  const drawHead = () => {
    drawRow(flow, table, head, cols, HEAD);
    rule(flow, 0.8);
  };
  const first = table.rows[0];
  flow.room(head.height + (first ? layRow(flow, first, cols, CELL).height : 0));
  drawHead();
  for (const row of table.rows) {
    const style = row.total ? TOTAL : CELL;
    const laid = layRow(flow, row, cols, style);
    if (flow.room(laid.height)) drawHead();
    if (row.total) rule(flow, 0.8);
    drawRow(flow, table, laid, cols, style);
    if (laid.details.length > 0) rule(flow, 0.2);
  }
  flow.y -= SIZE.paragraph * 0.8;
}
