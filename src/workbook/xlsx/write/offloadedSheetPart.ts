/**
 * A large table's worksheet part written with another thread (offloadedRows.ts): the
 * main thread reads the rows and decides every cell as the compact writer does (same
 * shared strings, same order: cellContent.ts), sends batches of marks with the numbers'
 * texts and the shared strings' indexes (and, for a table whose rows are also `--json`
 * rows, the values of their fields), gives each inline text as soon as it is decided, and
 * takes back the part's UTF-8 chunks to deflate. The bytes are those `sheetPartPieces` gives, encoded as the zip
 * writer encodes them. Only a sheet holding one compact table, without row heights
 * under its header, is offloaded; any other is written on the main thread.
 */
import { eachRow, rowCount, type PlanSheet, type PlanTable } from '../../../engine/plan/writePlan';
import { columnLetters } from '../../../engine';
import type { EncodedChunk } from '../zip/zipWriter';
import { compactCellHead, rowXml } from './cellXml';
import {
  cellContent,
  cellContentDecider,
  INLINE_CONTENT,
  NUMBER_CONTENT,
  SHARED_CONTENT,
  type CellContentDecider,
} from './cellContent';
import {
  ABSENT,
  INLINE,
  NUMBER,
  SAME,
  SHARED,
  type OffloadedLayout,
  type RowsEncoder,
} from './offloadedRows';
import {
  headerCellsXml,
  sheetHeadXml,
  sheetStyles,
  sheetTailXml,
  type SheetPartContext,
} from './sheetXml';
import { tableColumnNames, tableLastRow } from './tableXml';

/** Rows per batch sent to the rendering thread. */
export const OFFLOAD_BATCH_ROWS = 4096;

/** Batches the main thread may have sent ahead of the rendering (bounds the memory they hold). */
const MAX_BACKLOG = 4;

/**
 * The smallest batch. Near the end of a part, batches shrink (a fraction of the rows
 * left), so that the rows still to render once the main thread has sent the last one,
 * while it can only wait, are few.
 */
const TAIL_BATCH_ROWS = 256;

/** Rows of the next batch when `left` rows remain to be sent. */
function batchRows(left: number): number {
  return Math.min(
    OFFLOAD_BATCH_ROWS,
    Math.max(TAIL_BATCH_ROWS, Math.ceil(left / (2 * MAX_BACKLOG))),
  );
}

/** The table of a sheet that can be offloaded, or null (see the module comment). */
export function offloadableTable(sheet: PlanSheet, context: SheetPartContext): PlanTable | null {
  const blocks = sheet.blocks.filter((block) => block.kind === 'text' || block.columns.length > 0);
  const table = blocks[0];
  if (blocks.length !== 1 || table === undefined || table.kind !== 'table') return null;
  if (rowCount(table.rows) < context.compactFromRows) return null;
  if ((sheet.rowHeights ?? []).some(([row]) => row > table.row)) return null;
  return table;
}

/** Lets the event loop run (the rendering thread's replies arrive there). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The UTF-8 chunks of the worksheet part of `sheet`, whose rows `encoder` renders
 * (`table`: its `offloadableTable`).
 */
export async function* offloadedSheetChunks(
  sheet: PlanSheet,
  table: PlanTable,
  context: SheetPartContext,
  encoder: RowsEncoder,
): AsyncGenerator<EncodedChunk> {
  const styles = sheetStyles(sheet, context);
  const width = table.columns.length;
  const letters = table.columns.map((_, index) => columnLetters(table.column + index));
  const strings = context.sharedStrings;
  const deciders = table.columns.map((column) =>
    cellContentDecider(column.format, context.date1904, strings),
  );
  const layout: OffloadedLayout = {
    letters,
    heads: table.columns.map((column) => compactCellHead(styles.formats[column.format])),
    json: table.jsonRows ?? null,
  };
  const lastRow = tableLastRow(table);
  const projecting = encoder.begin(layout);
  /** Whether the encoder needs a column's values (a projected JSON field's column). */
  const projected: boolean[] = new Array<boolean>(width).fill(false);
  if (projecting) for (const field of layout.json?.fields ?? []) projected[field.column] = true;
  encoder.piece(
    sheetHeadXml(sheet, [
      {
        firstRow: table.row,
        lastRow,
        firstColumn: table.column,
        lastColumn: table.column + width - 1,
      },
    ]),
  );
  const headerRow = String(table.row);
  const heights = new Map(sheet.rowHeights ?? []);
  encoder.piece(
    rowXml(
      headerRow,
      heights.get(table.row),
      headerCellsXml(tableColumnNames(table), letters, styles.header, headerRow),
    ),
  );
  const rows = eachRow(table.rows)[Symbol.iterator]();
  // Each column's last value and what it was decided to be (a repeated value is not
  // decided again: the compact writer reuses its cell), and whether the previous row had
  // a cell there (then a repeated value is the same cell: SAME).
  const lastValue: (string | null)[] = new Array<string | null>(width).fill(null);
  const lastKind: number[] = new Array<number>(width).fill(INLINE_CONTENT);
  const lastNumber: string[] = new Array<string>(width).fill('');
  const lastIndex: number[] = new Array<number>(width).fill(-1);
  const present: boolean[] = new Array<boolean>(width).fill(false);
  const decided = cellContent();
  let row = table.row + 1;
  let generating = true;

  /** Reads and sends the next batch of rows; false once the rows are all sent. */
  const sendBatch = (): boolean => {
    const size = batchRows(lastRow - row + 1);
    const marks = new Uint8Array(size * width);
    const shared = new Int32Array(size * width);
    const numbers: string[] = [];
    const jsonValues: string[] = [];
    const firstRow = row;
    let sharedCount = 0;
    let count = 0;
    let done = false;
    while (count < size) {
      if (row > lastRow) {
        done = true;
        break;
      }
      const next = rows.next();
      if (next.done === true) {
        done = true;
        break;
      }
      const values = next.value;
      const at = count * width;
      for (let index = 0; index < width; index++) {
        const value = values[index];
        if (value === null || value === undefined) {
          marks[at + index] = ABSENT;
          present[index] = false;
          continue;
        }
        let kind: number;
        if (value === lastValue[index]) {
          kind = lastKind[index] as number;
          if (kind === SHARED_CONTENT) (strings as NonNullable<typeof strings>).reference();
          if (present[index] === true) {
            marks[at + index] = SAME;
            continue;
          }
        } else {
          (deciders[index] as CellContentDecider)(value, decided);
          kind = decided.kind;
          lastValue[index] = value;
          lastKind[index] = kind;
          lastNumber[index] = decided.number;
          lastIndex[index] = decided.index;
        }
        present[index] = true;
        if (kind === NUMBER_CONTENT) {
          marks[at + index] = NUMBER;
          numbers.push(lastNumber[index] as string);
          if (projected[index] === true) jsonValues.push(value);
        } else if (kind === SHARED_CONTENT) {
          marks[at + index] = SHARED;
          shared[sharedCount++] = lastIndex[index] as number;
          if (projected[index] === true) jsonValues.push(value);
        } else {
          marks[at + index] = INLINE;
          encoder.text(value);
        }
      }
      count++;
      row++;
    }
    if (count > 0)
      encoder.rows({
        firstRow,
        count,
        // A view would be cloned with its whole buffer.
        marks: count === size ? marks : marks.slice(0, count * width),
        shared: shared.slice(0, sharedCount),
        numbers,
        jsonValues,
      });
    if (done) {
      encoder.piece(sheetTailXml(sheet, context));
      encoder.end();
    }
    return !done;
  };

  for (;;) {
    const chunk = encoder.take();
    if (chunk === 'end') return;
    if (chunk !== null) {
      yield chunk;
      continue;
    }
    if (generating && encoder.backlog() < MAX_BACKLOG) {
      generating = sendBatch();
      await nextTurn();
    } else await encoder.arrival();
  }
}
