/**
 * A large table's worksheet part written with another thread (offloadedRows.ts): the
 * main thread reads the rows and decides every cell as the compact writer does (same
 * shared strings, same order), sends batches of marks, and takes back the part's UTF-8
 * chunks to deflate. The bytes are those `sheetPartPieces` gives, encoded as the zip
 * writer encodes them. Only a sheet holding one compact table, without row heights
 * under its header, is offloaded; any other is written on the main thread.
 */
import { eachRow, rowCount, type PlanSheet, type PlanTable } from '../../../engine/plan/writePlan';
import { columnLetters } from '../../../engine';
import type { EncodedChunk } from '../zip/zipWriter';
import { compactCellHead, compactColumnCellWriter, DEFERRED_INLINE, rowXml } from './cellXml';
import {
  ABSENT,
  CELL,
  INLINE,
  SAME,
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
  const writers = table.columns.map((column) =>
    compactColumnCellWriter(
      styles.formats[column.format],
      column.format,
      context.date1904,
      context.sharedStrings,
      true,
    ),
  );
  const layout: OffloadedLayout = {
    letters,
    heads: table.columns.map((column) => compactCellHead(styles.formats[column.format])),
  };
  const lastRow = tableLastRow(table);
  encoder.begin(layout);
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
  /** Each column's previous cell (DEFERRED_INLINE: an inline string of `previousText`), null after an empty one. */
  const previousCell: (string | null)[] = new Array<string | null>(width).fill(null);
  const previousText: (string | null)[] = new Array<string | null>(width).fill(null);
  let row = table.row + 1;
  let generating = true;

  /** Reads and sends the next batch of rows; false once the rows are all sent. */
  const sendBatch = (): boolean => {
    const marks = new Uint8Array(OFFLOAD_BATCH_ROWS * width);
    const cells: string[] = [];
    const texts: string[] = [];
    const firstRow = row;
    let count = 0;
    let done = false;
    while (count < OFFLOAD_BATCH_ROWS) {
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
          previousCell[index] = null;
          continue;
        }
        const cell = (writers[index] as (rowText: string, value: string) => string)('', value);
        if (cell === DEFERRED_INLINE) {
          if (previousCell[index] === DEFERRED_INLINE && previousText[index] === value)
            marks[at + index] = SAME;
          else {
            marks[at + index] = INLINE;
            texts.push(value);
            previousCell[index] = DEFERRED_INLINE;
            previousText[index] = value;
          }
        } else if (cell === previousCell[index]) marks[at + index] = SAME;
        else {
          marks[at + index] = CELL;
          cells.push(cell);
          previousCell[index] = cell;
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
        marks: count === OFFLOAD_BATCH_ROWS ? marks : marks.slice(0, count * width),
        cells,
        texts,
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
