/**
 * Reads a worksheet part into a sparse grid of raw cells: cached values of formulas,
 * shared and inline strings (rich text flattened), booleans, error values, dates (numbers
 * whose style shows a date), plus merged ranges and the sheet's table parts. Rows and
 * cells without an `r` attribute follow the previous one, as Excel does.
 */
import type { RawCell } from '../../../engine';
import { parseCellAddress, parseRange, type CellRange } from '../../../engine';
import { decodeOoxmlEscapes } from '../xml/xmlText';
import { XML_END, XML_EOF, XML_START, XmlScanner } from '../xml/xmlScanner';
import { serialToIsoDate } from './excelDate';
import { readStringItem } from './sharedStringsPart';

/** Cells of one worksheet. */
export interface SheetGrid {
  /** Row number → cells by column − 1 (holes and `undefined` are empty cells). */
  readonly rows: Map<number, RawCell[]>;
  readonly merges: CellRange[];
  /** Relationship ids of the sheet's table parts (`<tablePart r:id>`). */
  readonly tablePartIds: string[];
  /** Number of `t="s"` cells whose index is not in the shared string table. */
  readonly missingStrings: number;
}

/** Context a sheet needs from the rest of the package. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

const FORMULA_WITHOUT_VALUE: RawCell = { kind: 'error', code: '#FORMULE' };

/** Parses a worksheet part. */
export function parseSheetPart(xml: string, context: SheetContext): SheetGrid {
  const grid: SheetGrid = { rows: new Map(), merges: [], tablePartIds: [], missingStrings: 0 };
  const scanner = new XmlScanner(xml);
  let rowNumber = 0;
  let cells: RawCell[] | null = null;
  let column = 0;
  let missing = 0;
  for (let token = scanner.next(); token !== XML_EOF; token = scanner.next()) {
    if (token !== XML_START) continue;
    const name = scanner.name;
    if (name === 'c') {
      const ref = scanner.quickAttr(' r="', 'r');
      const position = ref === null ? null : parseCellAddress(ref);
      if (position !== null && position[1] > 0) {
        column = position[1];
        if (position[0] > 0 && position[0] !== rowNumber) {
          rowNumber = position[0];
          cells = rowCells(grid, rowNumber);
        }
      } else {
        column++;
      }
      if (cells === null) {
        rowNumber = Math.max(rowNumber, 1);
        cells = rowCells(grid, rowNumber);
      }
      const value = readCell(scanner, context);
      if (value === MISSING_STRING) missing++;
      else if (value !== null) cells[column - 1] = value;
    } else if (name === 'row') {
      const r = Number(scanner.quickAttr(' r="', 'r'));
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      column = 0;
      cells = scanner.selfClosing ? null : rowCells(grid, rowNumber);
    } else if (name === 'mergeCell') {
      const range = parseRange(scanner.attr('ref') ?? '');
      if (range !== null && (range.bottom > range.top || range.right > range.left))
        grid.merges.push(range);
    } else if (name === 'tablePart') {
      const id = scanner.attr('id');
      if (id !== null) grid.tablePartIds.push(id);
    }
  }
  for (const [row, rowValues] of grid.rows) if (rowValues.length === 0) grid.rows.delete(row);
  return { ...grid, missingStrings: missing };
}

function rowCells(grid: SheetGrid, row: number): RawCell[] {
  let cells = grid.rows.get(row);
  if (cells === undefined) {
    cells = [];
    grid.rows.set(row, cells);
  }
  return cells;
}

const MISSING_STRING: RawCell = { kind: 'error', code: '#CHAINE' };

/** Reads one `<c>` element (its start tag just scanned) and consumes it. */
function readCell(scanner: XmlScanner, context: SheetContext): RawCell {
  const type = scanner.quickAttr(' t="', 't');
  const style = scanner.quickAttr(' s="', 's');
  if (scanner.selfClosing) return null;
  let value: string | null = null;
  let inline: string | null = null;
  let formula = false;
  let depth = 1;
  for (;;) {
    const token = scanner.next();
    if (token === XML_EOF) break;
    if (token === XML_START) {
      const name = scanner.name;
      if (name === 'v') value = scanner.elementText();
      else if (name === 'f') {
        formula = true;
        scanner.skipElement();
      } else if (name === 'is') inline = readStringItem(scanner);
      else if (!scanner.selfClosing) depth++;
    } else if (token === XML_END && --depth === 0) {
      break;
    }
  }
  return cellValue(type, style, value, inline, formula, context);
}

function cellValue(
  type: string | null,
  style: string | null,
  value: string | null,
  inline: string | null,
  formula: boolean,
  context: SheetContext,
): RawCell {
  if (type === 'inlineStr')
    return textValue(inline ?? (value === null ? null : decodeOoxmlEscapes(value)));
  if (value === null || (value === '' && type !== 'str')) {
    if (formula) return FORMULA_WITHOUT_VALUE;
    return inline === null ? null : textValue(inline);
  }
  switch (type) {
    case 's': {
      const text = context.sharedStrings[Number(value)];
      return text === undefined ? MISSING_STRING : textValue(text);
    }
    case 'str':
      return textValue(decodeOoxmlEscapes(value));
    case 'b':
      return value.trim() === '1' || value.trim().toLowerCase() === 'true';
    case 'e':
      return { kind: 'error', code: value.trim() };
    case 'd': {
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
      return iso ? { kind: 'date', iso: iso[0] } : textValue(value);
    }
    default:
      return numericValue(value, style, context);
  }
}

function textValue(text: string | null): RawCell {
  return text === null || text === '' ? null : text;
}

function numericValue(value: string, style: string | null, context: SheetContext): RawCell {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return textValue(value);
  if (style !== null && context.dateStyles[Number(style)] === true) {
    const iso = serialToIsoDate(number, context.date1904);
    if (iso !== null) return { kind: 'date', iso };
  }
  return number;
}
