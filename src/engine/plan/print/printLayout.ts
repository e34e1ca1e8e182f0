/**
 * Lays a printable sheet out on A4 so that it prints legibly: chooses orientation and a
 * fixed scale (100 % down to 85 %), gives every column a width so that all columns fit
 * the page width together (no column cut across pages), spreads text lines over all the
 * printed columns, and estimates the height of each row whose wrapped text needs more
 * than one line — hosts do not size rows of wrapped text written by a file.
 *
 * Widths are in Excel's column unit (the width of a digit of the default font, 11 pt);
 * a column of width w takes 5.25 w + 3.75 points in Excel (7 px a unit + 5 px of
 * padding) and about 5.55 w + 3.9 in LibreOffice with Carlito: the larger one is used.
 */
import { rowArray, type PlanBlock, type PlanMargins, type PlanText } from '../writePlan';
import { displayWidth } from './displayWidth';
import { longestWord, wrappedLines } from './wrappedLines';

/** Margins of printable sheets, in inches (room for the header and footer lines). */
export const PRINT_MARGINS: PlanMargins = {
  left: 0.3,
  right: 0.3,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** Scales tried, most legible first; below the last one a sheet is no longer legible. */
export const PRINT_SCALES: readonly number[] = [100, 95, 90, 85];

const A4_INCHES = { short: 8.27, long: 11.69 } as const;
/** Share of the printable width the columns may take (renderers' metrics differ slightly). */
const WIDTH_SAFETY = 0.96;
const POINTS_PER_UNIT = 5.55;
const POINTS_PER_COLUMN = 3.9;
/** Height of one line of the default font (11 pt) and of a title line (× 1.4). */
const LINE_POINTS = 15;
const TITLE_LINE_POINTS = 21;
/**
 * Width of a character of text in column units: a letter of Calibri is on average a little
 * narrower than a digit; bold and titles (× 1.4) are wider. Rounded up, so that the row
 * heights err on the side of one line too many.
 */
const CHAR_WIDTH = { normal: 1, bold: 1.1, title: 1.5 } as const;
/** Narrowest width given to a text column whose values are longer. */
const TEXT_MIN = 10;

/** The page set-up and sizes chosen for a sheet. */
export interface PrintLayout {
  readonly orientation: 'portrait' | 'landscape';
  readonly scale: number;
  /** Width of sheet columns 1…n in column units. */
  readonly columnWidths: readonly number[];
  /** Rows (1-based) taller than one line, with their height in points. */
  readonly rowHeights: readonly (readonly [number, number])[];
  /** The blocks, text lines spanning every printed column. */
  readonly blocks: readonly PlanBlock[];
}

interface ColumnNeeds {
  /** Narrowest width that shows every value (numbers never wrap, words never break). */
  need: number;
  /** Width that shows every value on one line, within the declared width. */
  want: number;
}

function columnNeeds(blocks: readonly PlanBlock[], columnCount: number): ColumnNeeds[] {
  const needs = Array.from({ length: columnCount }, () => ({ need: 4, want: 4 }));
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const rows = rowArray(block.rows);
    block.columns.forEach((column, index) => {
      const slot = needs[block.column - 1 + index];
      if (slot === undefined) return;
      // Letters and the narrow signs of numbers (space, comma) are narrower than a digit,
      // which the column unit measures: a character a unit, no extra room, is enough.
      const headerWord = Math.ceil(longestWord(column.header) * CHAR_WIDTH.bold);
      let longest = 0;
      let word = 0;
      for (const row of rows) {
        const cell = row[index] ?? null;
        if (cell === null) continue;
        longest = Math.max(longest, displayWidth(cell, column.format));
        if (column.format === 'text') word = Math.max(word, longestWord(cell));
      }
      const text = column.format === 'text';
      const widest = Math.ceil(longest * (text ? CHAR_WIDTH.normal : 1));
      const floor = text ? Math.min(widest, TEXT_MIN) : 0;
      const need = Math.max(
        headerWord,
        text ? Math.max(Math.ceil(word * CHAR_WIDTH.normal), floor) : widest,
      );
      const want = Math.max(need, Math.min(column.width, widest));
      slot.need = Math.max(slot.need, need);
      slot.want = Math.max(slot.want, want);
    });
  }
  return needs;
}

function printableUnits(orientation: 'portrait' | 'landscape', scale: number, columns: number) {
  const paper = orientation === 'portrait' ? A4_INCHES.short : A4_INCHES.long;
  const points =
    ((paper - PRINT_MARGINS.left - PRINT_MARGINS.right) * 72 * 100 * WIDTH_SAFETY) / scale;
  return (points - POINTS_PER_COLUMN * columns) / POINTS_PER_UNIT;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** Widths shrunk from `want` towards `need` so that they add up to at most `budget`. */
function shrink(needs: readonly ColumnNeeds[], budget: number): number[] {
  const minimum = sum(needs.map((n) => n.need));
  const slack = sum(needs.map((n) => n.want - n.need));
  const share = slack <= 0 ? 0 : Math.min(1, (budget - minimum) / slack);
  return needs.map((n) => n.need + Math.floor((n.want - n.need) * share));
}

function chooseWidths(needs: readonly ColumnNeeds[]) {
  const count = needs.length;
  const wanted = needs.map((n) => n.want);
  for (const scale of PRINT_SCALES)
    for (const orientation of ['portrait', 'landscape'] as const)
      if (sum(wanted) <= printableUnits(orientation, scale, count))
        return { orientation, scale, widths: wanted };
  for (const scale of PRINT_SCALES) {
    const budget = printableUnits('landscape', scale, count);
    if (sum(needs.map((n) => n.need)) <= budget)
      return { orientation: 'landscape' as const, scale, widths: shrink(needs, budget) };
  }
  // Too wide even at the last scale: the narrowest widths, at the scale that fits them.
  const widths = needs.map((n) => n.need);
  const points = POINTS_PER_UNIT * sum(widths) + POINTS_PER_COLUMN * count;
  const available = (A4_INCHES.long - PRINT_MARGINS.left - PRINT_MARGINS.right) * 72;
  const scale = Math.max(10, Math.floor((100 * available * WIDTH_SAFETY) / points));
  return { orientation: 'landscape' as const, scale, widths };
}

function textLineHeight(text: PlanText, width: number): number {
  const charWidth =
    text.style === 'title'
      ? CHAR_WIDTH.title
      : text.style === 'heading'
        ? CHAR_WIDTH.bold
        : CHAR_WIDTH.normal;
  const line = text.style === 'title' ? TITLE_LINE_POINTS : LINE_POINTS;
  return wrappedLines(text.text, width, charWidth) * line;
}

function rowHeights(blocks: readonly PlanBlock[], widths: readonly number[]) {
  const heights = new Map<number, number>();
  const raise = (row: number, points: number) =>
    heights.set(row, Math.max(points, heights.get(row) ?? LINE_POINTS));
  for (const block of blocks) {
    if (block.kind === 'text') {
      const span = block.span ?? 1;
      const width = sum(widths.slice(block.column - 1, block.column - 1 + span));
      raise(block.row, textLineHeight(block, width));
      continue;
    }
    const width = (index: number) => widths[block.column - 1 + index] ?? 8;
    block.columns.forEach((column, index) =>
      raise(
        block.row,
        wrappedLines(column.header, width(index) - 1, CHAR_WIDTH.bold) * LINE_POINTS,
      ),
    );
    rowArray(block.rows).forEach((row, r) =>
      block.columns.forEach((column, index) => {
        const cell = row[index] ?? null;
        if (column.format !== 'text' || cell === null) return;
        raise(
          block.row + 1 + r,
          wrappedLines(cell, width(index) - 1, CHAR_WIDTH.normal) * LINE_POINTS,
        );
      }),
    );
  }
  return [...heights.entries()]
    .filter(([, points]) => points > LINE_POINTS)
    .sort((a, b) => a[0] - b[0]);
}

/**
 * The print layout of a sheet's blocks (tables with their rows in memory) whose content
 * uses columns 1…`columnCount` (charts included).
 */
export function printLayout(blocks: readonly PlanBlock[], columnCount: number): PrintLayout {
  const count = Math.max(
    1,
    columnCount,
    ...blocks.map((b) => (b.kind === 'table' ? b.column + b.columns.length - 1 : b.column)),
  );
  const chosen = chooseWidths(columnNeeds(blocks, count));
  const spanned = blocks.map((block) =>
    block.kind === 'text' ? { ...block, span: count - block.column + 1 } : block,
  );
  return {
    orientation: chosen.orientation,
    scale: chosen.scale,
    columnWidths: chosen.widths,
    rowHeights: rowHeights(spanned, chosen.widths),
    blocks: spanned,
  };
}
