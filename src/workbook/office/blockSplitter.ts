/**
 * Cuts the rows of an output table into blocks that each fit in one request: at most
 * `maxRows` rows and `maxBytes` estimated bytes. Each block is then written with one
 * `getRangeByIndexes(...).values = block` call.
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
 * Splits `rows` into blocks within the limits (a single row over the byte limit gets its
 * own block). `sizes`: each row's `rowBytes`, when already measured (while preparing).
 */
export function splitIntoBlocks(
  rows: readonly (readonly ExcelCellValue[])[],
  limits: Pick<RequestLimits, 'maxRows' | 'maxBytes'>,
  sizes?: readonly number[],
): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = CALL_OVERHEAD_BYTES;
  for (let i = 0; i < rows.length; i++) {
    const size = sizes?.[i] ?? rowBytes(rows[i] ?? []);
    const full = i > start && (i - start >= limits.maxRows || bytes + size > limits.maxBytes);
    if (full) {
      blocks.push({ start, rows: rows.slice(start, i), bytes });
      start = i;
      bytes = CALL_OVERHEAD_BYTES;
    }
    bytes += size;
  }
  if (rows.length > start) blocks.push({ start, rows: rows.slice(start), bytes });
  return blocks;
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
