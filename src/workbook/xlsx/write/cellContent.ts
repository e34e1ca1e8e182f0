/**
 * What a large table's cell holds, decided without writing its XML: a number (its `<v>`
 * text), a shared string (its index) or an inline string (the value itself). The compact
 * cell writer (cellXml.ts) turns the decision into the cell's XML on the spot; an
 * offloaded part (offloadedSheetPart.ts) sends the decision to the thread that renders
 * the rows, so that the main thread builds, compares and clones no cell string. One
 * decider per column: it keeps that column's sharing state.
 */
import type { ColumnFormat } from '../../../engine/plan/writePlan';
import { isoDateToSerial } from '../read/excelDate';
import type { SharedStringTable } from './sharedStringTable';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Whether a decimal string can be written as it is: `-?digits(.digits)?` with at most 15
 * significant digits, which every reader parses to the same double as JavaScript does.
 */
function isPlainDecimal(text: string): boolean {
  let digits = 0;
  let dot = false;
  let leadingZeros = true;
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  if (text.length === start) return false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (dot || i === start || i === text.length - 1) return false;
      dot = true;
    } else if (c >= 48 && c <= 57) {
      if (c !== 48) leadingZeros = false;
      if (!leadingZeros) digits++;
    } else {
      return false;
    }
  }
  return digits <= 15 && !(start === 1 && leadingZeros);
}

/** The `<v>` text of a decimal string as Excel's double (shortest round-trip form), or null when it is no number. */
export function numberText(decimal: string): string | null {
  if (isPlainDecimal(decimal)) return decimal;
  if (!DECIMAL.test(decimal)) return null;
  const value = Number(decimal);
  if (!Number.isFinite(value)) return null;
  return String(Object.is(value, -0) ? 0 : value);
}

/** A numeric cell (numbers, amounts, shares, dates as serials): `number` is its `<v>` text. */
export const NUMBER_CONTENT = 0;
/** A shared string cell: `index` is its item in the shared string table (one reference counted). */
export const SHARED_CONTENT = 1;
/** An inline string cell of the value itself. */
export const INLINE_CONTENT = 2;

/** A decided cell, filled by a `CellContentDecider` (one object reused for every cell). */
export interface CellContent {
  kind: number;
  /** The `<v>` text of a NUMBER_CONTENT cell. */
  number: string;
  /** The shared string index of a SHARED_CONTENT cell. */
  index: number;
}

/** Decides the content of a column's cell for a non-null value, into `out`. */
export type CellContentDecider = (value: string, out: CellContent) => void;

/** Texts a compact column looks up before deciding whether sharing pays. */
export const SHARING_SAMPLE = 2048;

/** A fresh `CellContent` to decide into. */
export function cellContent(): CellContent {
  return { kind: INLINE_CONTENT, number: '', index: -1 };
}

/**
 * The decider of one column: numbers and dates become numeric cells (a value that is none
 * becomes text), texts go through `strings` when given. A column whose texts are mostly
 * new (one per row: criteria, unique labels) stops sharing after its first SHARING_SAMPLE
 * texts: it would not shrink, only cost lookups.
 */
export function cellContentDecider(
  format: ColumnFormat,
  date1904: boolean,
  strings: SharedStringTable | null,
): CellContentDecider {
  let looked = 0;
  let added = 0;
  let sharing = strings !== null;
  const text = (value: string, out: CellContent): void => {
    if (!sharing || value.length === 0) {
      out.kind = INLINE_CONTENT;
      return;
    }
    const table = strings as SharedStringTable;
    const before = table.addedCount;
    const index = table.share(value);
    if (looked < SHARING_SAMPLE) {
      looked++;
      if (table.addedCount !== before) added++;
      if (looked === SHARING_SAMPLE && added * 2 > looked) sharing = false;
    }
    if (index < 0) out.kind = INLINE_CONTENT;
    else {
      out.kind = SHARED_CONTENT;
      out.index = index;
    }
  };
  if (format === 'text') return text;
  if (format === 'date') {
    return (value, out) => {
      const serial = isoDateToSerial(value, date1904);
      if (serial === null) text(value, out);
      else {
        out.kind = NUMBER_CONTENT;
        out.number = String(serial);
      }
    };
  }
  return (value, out) => {
    const number = numberText(value);
    if (number === null) text(value, out);
    else {
      out.kind = NUMBER_CONTENT;
      out.number = number;
    }
  };
}
