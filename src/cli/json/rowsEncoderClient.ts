/**
 * The main thread's side of the worksheet parts the JSON worker renders
 * (src/cli/json/partRendering.ts): the workbook writer's `RowsEncoder`. Row batches are
 * posted with their long inline texts (bases de liquidation) copied into a shared ring,
 * as the JSON rows are; the chunks come back in shared slots, each handed back to the
 * worker once the zip writer has deflated it.
 */
import type {
  OffloadedLayout,
  OffloadedRowBatch,
  RowsEncoder,
} from '../../workbook/xlsx/write/offloadedRows';
import { CHUNK_BYTES } from '../../workbook/xlsx/zip/utf8Chunker';
import type { EncodedChunk } from '../../workbook/xlsx/zip/zipWriter';
import type { JsonWorkerClient, PartListener } from './jsonWorkerClient';
import type { PartReply } from './jsonWorkerMessages';
import { LONG_TEXT } from './rowBatcher';
import { sharedRing, TextRing, type SharedRing } from './textRing';

/**
 * Chunk slots: the zip writer deflates at most three chunks at once, the others wait
 * here or are being encoded (16 MB of shared memory).
 */
export const CHUNK_SLOTS = 8;

/** Bytes of a part's text ring: about three batches of 8,192 titre rows' bases de liquidation (UTF-16). */
export const PART_RING_BYTES = 40 << 20;

/** The encoder of the worksheet parts, on the JSON worker. */
export class RowsEncoderClient implements RowsEncoder, PartListener {
  private readonly slots: SharedArrayBuffer[] = [];
  private readonly views: Buffer[] = [];
  private released = new Int32Array(new SharedArrayBuffer(4));
  private ring: TextRing | null = null;
  private shared: SharedRing | null = null;
  private readonly chunks: EncodedChunk[] = [];
  private posted = 0;
  private rendered = 0;
  /** The inline texts given since the last batch: ring positions and lengths (-1: cloned, in `texts`). */
  private textStarts: number[] = [];
  private textLengths: number[] = [];
  private texts: string[] = [];
  private ended = false;
  private failure: Error | null = null;
  private wake: { resolve: () => void; reject: (error: Error) => void } | null = null;

  constructor(
    private readonly worker: JsonWorkerClient,
    /**
     * Asked when a part's table projects `--json` rows: the index of the document key the
     * worker is to write them to, or null when the document takes them another way.
     */
    private readonly projectedKey: (key: string) => number | null = () => null,
  ) {
    for (let i = 0; i < CHUNK_SLOTS; i++) {
      const slot = new SharedArrayBuffer(CHUNK_BYTES);
      this.slots.push(slot);
      this.views.push(Buffer.from(slot));
    }
    worker.listen(this);
  }

  begin(layout: OffloadedLayout): boolean {
    const jsonKey = layout.json === null ? null : this.projectedKey(layout.json.key);
    this.released = new Int32Array(new SharedArrayBuffer(4));
    // A new ring per part: positions start over with the worker's new view of it.
    this.shared = sharedRing(PART_RING_BYTES);
    this.ring = new TextRing(this.shared);
    this.chunks.length = 0;
    this.textStarts = [];
    this.textLengths = [];
    this.texts = [];
    this.posted = 0;
    this.rendered = 0;
    this.ended = false;
    this.worker.post({
      type: 'partBegin',
      layout,
      slots: this.slots,
      released: this.released.buffer as SharedArrayBuffer,
      ring: this.shared,
      jsonKey,
    });
    return jsonKey !== null;
  }

  piece(text: string): void {
    this.worker.post({ type: 'partPiece', text });
  }

  text(value: string): void {
    const start = value.length < LONG_TEXT ? null : (this.ring as TextRing).put(value);
    if (start === null) {
      this.textStarts.push(-1);
      this.textLengths.push(0);
      this.texts.push(value);
    } else {
      this.textStarts.push(start);
      this.textLengths.push(value.length);
    }
  }

  rows(batch: OffloadedRowBatch): void {
    const ring = this.ring as TextRing;
    const { textStarts, textLengths, texts } = this;
    this.textStarts = [];
    this.textLengths = [];
    this.texts = [];
    this.worker.post({
      ...batch,
      type: 'partRows',
      textStarts,
      textLengths,
      texts,
      longEnd: ring.end,
    });
    this.posted++;
  }

  end(): void {
    this.worker.post({ type: 'partEnd' });
  }

  backlog(): number {
    return this.posted - this.rendered;
  }

  take(): EncodedChunk | null | 'end' {
    if (this.failure !== null) throw this.failure;
    const chunk = this.chunks.shift();
    if (chunk !== undefined) return chunk;
    return this.ended ? 'end' : null;
  }

  arrival(): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.wake = { resolve, reject };
    });
  }

  /** A reply of the worker about the part. */
  reply(reply: PartReply): void {
    if (reply.type === 'rendered') this.rendered++;
    else if (reply.type === 'partEnded') this.ended = true;
    else this.chunks.push(this.chunkOf(reply));
    const wake = this.wake;
    this.wake = null;
    wake?.resolve();
  }

  /** The worker failed or stopped. */
  stopped(error: Error): void {
    this.failure ??= error;
    const wake = this.wake;
    this.wake = null;
    wake?.reject(error);
  }

  private chunkOf(reply: Extract<PartReply, { type: 'chunk' }>): EncodedChunk {
    if (reply.slot < 0)
      return { bytes: reply.bytes as Uint8Array, crc: reply.crc, release: () => undefined };
    const released = this.released;
    return {
      bytes: (this.views[reply.slot] as Buffer).subarray(0, reply.length),
      crc: reply.crc,
      release: () => {
        Atomics.add(released, 0, 1);
        Atomics.notify(released, 0);
      },
    };
  }
}
