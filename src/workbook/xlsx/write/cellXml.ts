/**
 * One output cell as SpreadsheetML. Numeric formats become real numeric cells (the exact
 * decimal string turned into the nearest double only here, at the edge), dates become
 * date serials of the workbook's date system, text becomes an inline string or, in the
 * large tables, a reference into the shared string table.
 */
import type { ColumnFormat } from '../../../engine/plan/writePlan';
import { encodeXmlText } from '../xml/xmlText';
import type { SharedStringTable } from './sharedStringTable';
import { cellContent, cellContentDecider, NUMBER_CONTENT, SHARED_CONTENT } from './cellContent';

export { numberText, SHARING_SAMPLE } from './cellContent';

/** Excel's limit on the characters of one cell; longer text makes Excel repair the file. */
export const MAX_CELL_CHARS = 32_767;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// Characters that make a text need escaping (see encodeXmlText) or `xml:space="preserve"` (a line break).
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const PLAIN_TEXT_EXCEPTIONS = /[&<>"_\n\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Whether text must be marked `xml:space="preserve"` (edge spaces, line breaks). */
function needsPreserve(text: string): boolean {
  if (text.length === 0) return false;
  return (
    isSpaceCode(text.charCodeAt(0)) ||
    isSpaceCode(text.charCodeAt(text.length - 1)) ||
    text.indexOf('\n') >= 0
  );
}

/** The `<t>` element of a text (clipped to Excel's limit, escaped, spaces preserved when needed). */
export function textElementXml(text: string): string {
  const clipped = text.length > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text;
  const space = needsPreserve(clipped) ? ' xml:space="preserve"' : '';
  return `<t${space}>${encodeXmlText(clipped)}</t>`;
}

/** An inline-string cell. */
export function textCellXml(ref: string, style: number, text: string): string {
  return `<c r="${ref}" s="${style}" t="inlineStr"><is>${textElementXml(text)}</is></c>`;
}

/** The row element of row `rowText` with these cells (`ht` when the sheet gives the row a height). */
export function rowXml(rowText: string, height: number | undefined, cells: string): string {
  return rowOpening(rowText, height) + cells + ROW_CLOSING;
}

/** The start tag of `rowXml`'s row element. */
export function rowOpening(rowText: string, height: number | undefined): string {
  const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
  return `<row r="${rowText}"${ht}>`;
}

/** The end tag of `rowXml`'s row element. */
export const ROW_CLOSING = '</row>';

/**
 * A cell (`<c …>…</c>`, as a column writer gives it without its reference) given the
 * reference `ref`: readers place a cell without `r` just after the previous one, so only
 * a cell after a gap, or the first of its row, needs it.
 */
export function withReference(cell: string, ref: string): string {
  return `<c r="${ref}"${cell.substring(2)}`;
}

/**
 * Writes the cells of one column: (row number as text, non-null value) → cell XML. A
 * compact writer (see `compactColumnCellWriter`) ignores the row and writes no reference.
 */
export type ColumnCellWriter = (rowText: string, value: string) => string;

/**
 * Remembers the value part of the previous cell: columns of labels (scenario, service,
 * period, date…) repeat the same value row after row, and escaping it again is wasted work.
 */
function lastValueCache(body: (value: string) => string): (value: string) => string {
  let lastValue: string | null = null;
  let lastBody = '';
  return (value) => {
    if (value !== lastValue) {
      lastBody = body(value);
      lastValue = value;
    }
    return lastBody;
  };
}

/** The start of a compact column's cells: `<c s="7"`. */
export function compactCellHead(style: number): string {
  return `<c s="${style}"`;
}

/**
 * A cell writer specialised for one column, with its fixed parts built once: the writer
 * runs for every cell of a 350,000-row table. Everything after the cell reference depends
 * on the value only, and is reused while a column repeats its value.
 */
export function columnCellWriter(
  letters: string,
  style: number,
  format: ColumnFormat,
  date1904: boolean,
): ColumnCellWriter {
  const open = `<c r="${letters}`;
  const body = lastValueCache(cellBody(`" s="${style}"`, format, date1904, null));
  return (rowText, value) => open + rowText + body(value);
}

/**
 * The writer of a large table's column: whole cells without reference (`<c s="7" t="s">
 * <v>12</v></c>`; the caller adds `r` where a gap needs it, see `withReference`), short
 * texts through the shared string table. A value repeating the previous row's is the
 * previous cell's string again: nothing is escaped, looked up or concatenated twice.
 */
export function compactColumnCellWriter(
  style: number,
  format: ColumnFormat,
  date1904: boolean,
  strings: SharedStringTable | null,
): ColumnCellWriter {
  const body = cellBody(compactCellHead(style), format, date1904, strings);
  let lastValue: string | null = null;
  let lastCell = '';
  let lastShared = false;
  return (_rowText, value) => {
    if (value === lastValue) {
      if (lastShared) (strings as SharedStringTable).reference();
      return lastCell;
    }
    const before = strings === null ? 0 : strings.references;
    lastCell = body(value);
    lastShared = strings !== null && strings.references !== before;
    lastValue = value;
    return lastCell;
  };
}

/** What an inline-string cell after `head` writes before its text (no `xml:space`): `<c s="7" t="inlineStr"><is><t>`. */
export function inlineTextOpening(head: string): string {
  return `${head} t="inlineStr"><is><t>`;
}

/** What an inline-string cell writes after its text. */
export const INLINE_TEXT_CLOSING = '</t></is></c>';

/** Whether a text starts or ends with a space, a tab or a line break (then `xml:space="preserve"`). */
export function hasEdgeSpace(text: string): boolean {
  return (
    text.length > 0 &&
    (isSpaceCode(text.charCodeAt(0)) || isSpaceCode(text.charCodeAt(text.length - 1)))
  );
}

/**
 * The writer of a column's inline-string cells after `head` (`<c s="7"`, or `" s="7"`
 * after a reference): the text clipped to Excel's limit, escaped, spaces preserved when
 * needed. Also run by the thread that renders offloaded rows (offloadedRowsXml.ts).
 */
export function inlineCellWriter(head: string): (value: string) => string {
  const textMiddle = inlineTextOpening(head);
  const textMiddlePreserve = `${head} t="inlineStr"><is><t xml:space="preserve">`;
  return (value) => {
    const clipped = value.length > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS) : value;
    // Most text needs neither escaping nor a line break check: one native scan tells.
    if (!PLAIN_TEXT_EXCEPTIONS.test(clipped)) {
      return (
        (hasEdgeSpace(clipped) ? textMiddlePreserve : textMiddle) + clipped + INLINE_TEXT_CLOSING
      );
    }
    return (
      (needsPreserve(clipped) ? textMiddlePreserve : textMiddle) +
      encodeXmlText(clipped) +
      INLINE_TEXT_CLOSING
    );
  };
}

/**
 * The part of a cell after `head` (`" s="7"` after the reference, or a whole `<c s="7"`),
 * for one column; texts through `strings` when given (cellContent.ts decides).
 */
function cellBody(
  head: string,
  format: ColumnFormat,
  date1904: boolean,
  strings: SharedStringTable | null,
): (value: string) => string {
  const numberMiddle = `${head}><v>`;
  const sharedMiddle = `${head} t="s"><v>`;
  const inline = inlineCellWriter(head);
  const decide = cellContentDecider(format, date1904, strings);
  const out = cellContent();
  return (value) => {
    decide(value, out);
    if (out.kind === NUMBER_CONTENT) return numberMiddle + out.number + '</v></c>';
    if (out.kind === SHARED_CONTENT) return sharedMiddle + String(out.index) + '</v></c>';
    return inline(value);
  };
}
