/**
 * Cuts the rows of an output table into blocks that each fit in one request: at most
 * `maxRows` rows and `maxBytes` estimated bytes. Each block is then written with one
 * `getRangeByIndexes(...).values = block` call. Rows may come all at once or in chunks.
 */
import { CALL_OVERHEAD_BYTES, type RequestLimits } from './requestLimits';
import { rowBytes, type ExcelCellValue } from './payloadSize';

/** A run of consecutive rows of one table. */
export interface RowBlock {
  /** Index of the first row in the table's data rows. */
  readonly start: number;
  readonly rows: readonly (readonly ExcelCellValue[])[];
  /** Estimated request bytes of writing this block (call overhead included). */
  readonly bytes: number;
}

/**
 * Cuts rows given one at a time into blocks within the limits: `add` answers the block that
 * the row closes (the rows before it), `finish` the last one. The same cut whether the
 * rows come as one array (`splitIntoBlocks`) or chunk by chunk (`streamBlocks`).
 */
export class BlockBuilder {
  private start = 0;
  private rows: (readonly ExcelCellValue[])[] = [];
  private bytes = CALL_OVERHEAD_BYTES;

  constructor(private readonly limits: Pick<RequestLimits, 'maxRows' | 'maxBytes'>) {}

  /** Adds a row of `size` bytes (its `rowBytes`); returns the block it closes, if any. */
  add(row: readonly ExcelCellValue[], size: number): RowBlock | null {
    const count = this.rows.length;
    const full =
      count > 0 && (count >= this.limits.maxRows || this.bytes + size > this.limits.maxBytes);
    const closed = full ? this.take() : null;
    this.rows.push(row);
    this.bytes += size;
    return closed;
  }

  /** The last block (null when no row is left). */
  finish(): RowBlock | null {
    return this.rows.length > 0 ? this.take() : null;
  }

  private take(): RowBlock {
    const block = { start: this.start, rows: this.rows, bytes: this.bytes };
    this.start += this.rows.length;
    this.rows = [];
    this.bytes = CALL_OVERHEAD_BYTES;
    return block;
  }
}

/**
 * Splits `rows` into blocks within the limits (a single row over the byte limit gets its
 * own block). `sizes`: each row's `rowBytes`, when already measured (while preparing).
 */
export function splitIntoBlocks(
  rows: readonly (readonly ExcelCellValue[])[],
  limits: Pick<RequestLimits, 'maxRows' | 'maxBytes'>,
  sizes?: readonly number[],
): RowBlock[] {
  const builder = new BlockBuilder(limits);
  const blocks: RowBlock[] = [];
  rows.forEach((row, i) => {
    const closed = builder.add(row, sizes?.[i] ?? rowBytes(row));
    if (closed) blocks.push(closed);
  });
  const last = builder.finish();
  if (last) blocks.push(last);
  return blocks;
}

/** Rows converted for Excel with their `rowBytes`, as a table's chunks come. */
export interface SizedRows {
  readonly rows: readonly (readonly ExcelCellValue[])[];
  readonly sizes: readonly number[];
}

/**
 * The blocks of rows that arrive in chunks, cut as `splitIntoBlocks` cuts them all at once;
 * a block is answered as soon as it is full, so only one block and one chunk are held.
 */
export async function* streamBlocks(
  chunks: AsyncIterable<SizedRows>,
  limits: Pick<RequestLimits, 'maxRows' | 'maxBytes'>,
): AsyncGenerator<RowBlock> {
  const builder = new BlockBuilder(limits);
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.rows.length; i++) {
      const row = chunk.rows[i] ?? [];
      const closed = builder.add(row, chunk.sizes[i] ?? rowBytes(row));
      if (closed) yield closed;
    }
  }
  const last = builder.finish();
  if (last) yield last;
}

/** Cuts a block in two halves (for a retry after Excel refused it); null for one row. */
export function halveBlock(block: RowBlock): [RowBlock, RowBlock] | null {
  if (block.rows.length < 2) return null;
  const middle = Math.ceil(block.rows.length / 2);
  const part = (from: number, to: number): RowBlock => {
    const rows = block.rows.slice(from, to);
    return {
      start: block.start + from,
      rows,
      bytes: CALL_OVERHEAD_BYTES + rows.reduce((sum, row) => sum + rowBytes(row), 0),
    };
  };
  return [part(0, middle), part(middle, block.rows.length)];
}
