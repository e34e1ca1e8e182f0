/**
 * Collects the rows of the `--json` document into compact batches for the JSON worker,
 * on the main thread: for a row of the batch's shape (a plain object whose fields are
 * scalars, in the same order) only its values are kept, and of those only the ones that
 * differ from the previous row's; any other row is written to its text here (rare: the
 * engine builds every row of a table with one object literal).
 */
import { elementText, isScalar } from './jsonText';
import { FROM_LONG, FROM_VALUES, REPEATED, type RowBatch } from './jsonWorkerMessages';
import type { TextRing } from './textRing';

/**
 * Rows per batch. A postMessage from the main thread measured a fixed 1–3 ms besides the
 * cloning (35,000 members, 2 loaded cores: 792 batches of 1,024 rows 2.2 s, 104 of 8,192
 * 0.7 s, 56 of 16,384 0.29 s), but larger batches keep more values alive and fill the
 * text ring faster (peak RSS 859 / 917 / 990 MB for 4,096 / 8,192 / 16,384 rows).
 */
export const BATCH_ROWS = 8192;

/** Length from which a text is copied into the shared ring rather than cloned (measured break-even ≈ 65). */
export const LONG_TEXT = 64;

/** Whether a row can be sent as values: a plain object (not an array). */
function isRecord(row: unknown): row is Record<string, unknown> {
  return typeof row === 'object' && row !== null && !Array.isArray(row);
}

/** The fields of a row that can be sent as values, in the order `elementText` reads them; null if it cannot. */
function flatFields(row: unknown): string[] | null {
  if (!isRecord(row)) return null;
  const fields: string[] = [];
  for (const key in row) {
    const value = row[key];
    if (value !== undefined && !isScalar(value)) return null;
    fields.push(key);
  }
  return fields;
}

/** Copies the values of `row` into `into` if it has exactly `fields`, in order, with scalar values; whether it did. */
function readValues(row: unknown, fields: readonly string[], into: unknown[]): boolean {
  if (!isRecord(row)) return false;
  let i = 0;
  for (const key in row) {
    const value = row[key];
    if (key !== fields[i] || (value !== undefined && !isScalar(value))) return false;
    into[i++] = value;
  }
  return i === fields.length;
}

/** Rows gathered into batches, each handed to `post` when full or flushed. */
export class RowBatcher {
  private k = -1;
  private fields: string[] | null = null;
  /** Values of the last row sent as values in this batch, and of the row being read. */
  private previous: unknown[] = [];
  private current: unknown[] = [];
  private fresh = new Uint8Array(0);
  private values: unknown[] = [];
  private longStarts: number[] = [];
  private longLengths: number[] = [];
  private valueRows = 0;
  /** Where the character read to flatten a long text goes (kept, so that the read is not optimised away). */
  private probe = 0;
  private count = 0;
  private textAt: number[] = [];
  private texts: string[] = [];

  constructor(
    private readonly post: (batch: RowBatch) => void,
    /** Where long texts go; null: every value is cloned. */
    private readonly ring: TextRing | null,
    private readonly batchRows = BATCH_ROWS,
  ) {}

  /** Adds a row of the array of document key `k` (rows of one key come together, keys in order). */
  row(k: number, row: unknown): void {
    if (k !== this.k) {
      this.flush();
      this.k = k;
    }
    if (this.fields === null) {
      this.fields = flatFields(row);
      const marks = this.batchRows * (this.fields?.length ?? 0);
      if (this.fresh.length < marks) this.fresh = new Uint8Array(marks);
    }
    const fields = this.fields;
    if (fields !== null && readValues(row, fields, this.current)) this.keep(fields.length);
    else {
      this.textAt.push(this.count);
      this.texts.push(elementText(row));
    }
    if (++this.count >= this.batchRows) this.flush();
  }

  /** Keeps the row just read (`current`): its values that differ from the previous row's. */
  private keep(n: number): void {
    const { current, previous, fresh, values } = this;
    const at = this.valueRows * n;
    const first = this.valueRows === 0;
    for (let i = 0; i < n; i++) {
      const value = current[i];
      if (!first && value === previous[i]) {
        fresh[at + i] = REPEATED;
        continue;
      }
      previous[i] = value;
      if (typeof value !== 'string' || value.length < LONG_TEXT || !this.keepLong(value)) {
        fresh[at + i] = FROM_VALUES;
        values.push(value);
      } else fresh[at + i] = FROM_LONG;
    }
    this.valueRows++;
  }

  /**
   * Copies a long text into the ring; whether it did. A text built by concatenation (a
   * base de liquidation) is first flattened in place, by reading one of its characters:
   * copying the unflattened text costs three times more, and the workbook's cell writer,
   * which reads it next, would flatten it anyway.
   */
  private keepLong(text: string): boolean {
    if (this.ring === null) return false;
    this.probe ^= text.charCodeAt(0);
    const start = this.ring.put(text);
    if (start === null) return false;
    this.longStarts.push(start);
    this.longLengths.push(text.length);
    return true;
  }

  /** Posts the rows gathered, if any. */
  flush(): void {
    if (this.count === 0) return;
    this.post({
      type: 'rows',
      k: this.k,
      fields: this.fields ?? [],
      fresh: this.fresh.slice(0, this.valueRows * (this.fields?.length ?? 0)),
      values: this.values,
      longStarts: this.longStarts,
      longLengths: this.longLengths,
      longEnd: this.ring?.end ?? 0,
      count: this.count,
      textAt: this.textAt,
      texts: this.texts,
    });
    this.fields = null;
    this.previous = [];
    this.values = [];
    this.longStarts = [];
    this.longLengths = [];
    this.valueRows = 0;
    this.count = 0;
    this.textAt = [];
    this.texts = [];
  }
}
