/**
 * What the main thread and the thread that renders a large table's rows exchange, when a
 * worksheet part is offloaded (see offloadedSheetPart.ts): the main thread still reads
 * every row and decides every cell (numbers, dates, shared strings, in the same order as
 * when it writes the part itself, see cellContent.ts), but leaves every cell's XML, the
 * rows' XML and their UTF-8 to the other thread, which gives back the part's chunks. This module has
 * the shapes of that exchange and the encoder's interface; the shell provides the
 * encoder (the CLI: its JSON worker, src/cli/json/rowsEncoderClient.ts).
 */
import type { JsonRowProjection } from '../../../engine/plan/writePlan';
import type { EncodedChunk } from '../zip/zipWriter';

/** A row batch's cell mark: no cell (empty value). */
export const ABSENT = 0;
/** A row batch's cell mark: the same cell as the previous row's in this column. */
export const SAME = 1;
/** A row batch's cell mark: a numeric cell whose `<v>` text is the next of the batch's `numbers`. */
export const NUMBER = 2;
/** A row batch's cell mark: an inline string of the next text given to the encoder (`RowsEncoder.text`). */
export const INLINE = 3;
/** A row batch's cell mark: a shared string cell whose index is the next of the batch's `shared`. */
export const SHARED = 4;

/** What the rendering thread needs to know of the table, once per part. */
export interface OffloadedLayout {
  /** Column letters of the table's columns. */
  readonly letters: readonly string[];
  /** Per column, the start of its cells (`<c s="7"`). */
  readonly heads: readonly string[];
  /** The table's rows as `--json` rows, when the plan says so (the encoder may write them). */
  readonly json: JsonRowProjection | null;
}

/** Consecutive rows of the table, as marks and the values they announce. */
export interface OffloadedRowBatch {
  /** Row number of the first row. */
  readonly firstRow: number;
  readonly count: number;
  /** `count` × columns marks (ABSENT, SAME, NUMBER, SHARED, INLINE), row after row. */
  readonly marks: Uint8Array;
  /** The `<v>` texts the NUMBER marks announce, in order. */
  readonly numbers: readonly string[];
  /** The shared string indexes the SHARED marks announce, in order. */
  readonly shared: Int32Array;
  /**
   * When the encoder writes the `--json` rows: the values of the projected columns' NUMBER
   * and SHARED cells, in mark order (their inline texts are the texts given); else empty.
   */
  readonly jsonValues: readonly string[];
}

/**
 * The thread that renders offloaded rows, one part at a time: `begin`, then pieces of
 * text and row batches in part order, then `end`; the part's UTF-8 chunks come back
 * through `take` (cut as the zip writer cuts, with the running CRC-32).
 */
export interface RowsEncoder {
  /** Starts a part; whether the encoder also writes the layout's `json` rows (then batches carry `jsonValues`). */
  begin(layout: OffloadedLayout): boolean;
  /** Text that goes into the part as it is (the sheet's start and end, the header row). */
  piece(text: string): void;
  /**
   * The next inline text of the batch being read, given as soon as its cell is decided
   * (the CLI copies it into shared memory at once: a base de liquidation then dies young,
   * rather than being promoted while its batch fills up).
   */
  text(value: string): void;
  /** A batch of rows, whose INLINE marks announce the texts given since the previous batch. */
  rows(batch: OffloadedRowBatch): void;
  end(): void;
  /** Row batches given and not rendered yet (to keep the main thread from running far ahead). */
  backlog(): number;
  /** The part's next chunk if one is ready, null if none is yet, 'end' once every chunk was taken after `end`. */
  take(): EncodedChunk | null | 'end';
  /** Resolves once `take` has something new (rejects when the thread failed). */
  arrival(): Promise<void>;
}
