/**
 * The messages between the main thread and the JSON worker (src/cli/json/jsonWorker.ts).
 * Rows travel as compact batches: the values of each row in its field order, flat, with
 * the field order once per batch and the values repeated from the previous row left out
 * (structured cloning costs the main thread about 0.1 µs a value); a row of another
 * shape travels as its finished text.
 */
import type { OffloadedLayout, OffloadedRowBatch } from '../../workbook/xlsx/write/offloadedRows';
import type { SharedRing } from './textRing';

/**
 * Rows of the array of one document key. A row of the batch's shape is its fields'
 * values; a field whose value is the one the previous such row had (`===`: the scenario,
 * the service, the titre's number and debtor… repeat from row to row) is not sent again,
 * which halves the values to clone.
 */
export interface RowBatch {
  readonly type: 'rows';
  /** Index of the document key the rows belong to. */
  readonly k: number;
  /** Field names of the rows sent as values, in order. */
  readonly fields: readonly string[];
  /**
   * For each row sent as values, for each field: `FROM_VALUES` when its value is the next
   * of `values`, `FROM_LONG` when it is the next text of the shared ring, `REPEATED` when it is the
   * value of the previous row sent as values in this batch.
   */
  readonly fresh: Uint8Array;
  /** The values the `FROM_VALUES` marks announce, in row and field order. */
  readonly values: readonly unknown[];
  /** Positions in the shared ring (src/cli/json/textRing.ts) of the texts the `FROM_LONG` marks announce… */
  readonly longStarts: readonly number[];
  /** …their lengths, in UTF-16 code units… */
  readonly longLengths: readonly number[];
  /** …and where the ring's texts of this batch end (released once the batch is written). */
  readonly longEnd: number;
  /** Number of rows in the batch. */
  readonly count: number;
  /** Positions (within the batch, increasing) of the rows sent as text… */
  readonly textAt: readonly number[];
  /** …and their `elementText`. */
  readonly texts: readonly string[];
}

/** `RowBatch.fresh`: the field's value is the previous row's. */
export const REPEATED = 0;
/** `RowBatch.fresh`: the field's value is the next of `RowBatch.values`. */
export const FROM_VALUES = 1;
/** `RowBatch.fresh`: the field's value is the next text of the shared ring. */
export const FROM_LONG = 2;

/**
 * The rows of a worksheet part the worker renders (src/cli/json/partRendering.ts): the
 * main thread's batch (src/workbook/xlsx/write/offloadedRows.ts), its inline texts
 * passed as for the JSON rows: long ones through the part's ring, the others cloned.
 */
export interface PartRowsRequest extends OffloadedRowBatch {
  readonly type: 'partRows';
  /** For each inline text in order: its position in the part's ring, or -1 when it is the next of `texts`… */
  readonly textStarts: readonly number[];
  /** …its length in UTF-16 code units (ring texts)… */
  readonly textLengths: readonly number[];
  /** …the texts cloned… */
  readonly texts: readonly string[];
  /** …and where the ring's texts of this batch end (released once it is rendered). */
  readonly longEnd: number;
}

/** Starts rendering a worksheet part: its layout and where its chunks go. */
export interface PartBeginRequest {
  readonly type: 'partBegin';
  readonly layout: OffloadedLayout;
  /** Buffers of CHUNK_BYTES the chunks are encoded into, in turn. */
  readonly slots: readonly SharedArrayBuffer[];
  /** One 32-bit counter: chunks the main thread has deflated and handed back. */
  readonly released: SharedArrayBuffer;
  /** Where the part's long inline texts are passed. */
  readonly ring: SharedRing;
  /** The document key whose rows the part's rows also give (`layout.json`), or null. */
  readonly jsonKey: number | null;
}

/** What the main thread sends to the worker. */
export type JsonWorkerRequest =
  | PartBeginRequest
  /** Text that goes into the part as it is. */
  | { readonly type: 'partPiece'; readonly text: string }
  | PartRowsRequest
  /** The part is complete: encode its last chunk. */
  | { readonly type: 'partEnd' }
  /** Start the document (again, from an empty file) with these keys. */
  | {
      readonly type: 'start';
      readonly fd: number;
      readonly keys: readonly string[];
      /** Where long texts are passed (the same ring when the document starts again). */
      readonly ring: SharedRing;
    }
  | RowBatch
  /** Key `k`'s value, not a row sequence, as its indented text. */
  | { readonly type: 'value'; readonly k: number; readonly text: string }
  /** End the document: the rest of it, a final newline, then the worker stops. */
  | { readonly type: 'end' };

/** What the worker sends back about the part it renders. */
export type PartReply =
  /**
   * A chunk: in slot `slot` (its first `length` bytes), or, for a piece longer than a
   * chunk (slot -1), in `bytes`; `crc`: the part's CRC-32 up to and including it.
   */
  | {
      readonly type: 'chunk';
      readonly slot: number;
      readonly length: number;
      readonly bytes: Uint8Array | null;
      readonly crc: number;
    }
  /** A row batch has been rendered. */
  | { readonly type: 'rendered' }
  /** The part's last chunk has been sent. */
  | { readonly type: 'partEnded' };

/** What the worker sends back. */
export type JsonWorkerReply =
  | PartReply
  | { readonly type: 'done' }
  | {
      readonly type: 'failed';
      readonly message: string;
      readonly code: string | undefined;
      readonly stack: string | undefined;
    };
