/**
 * Long texts (bases de liquidation) passed from the main thread to the JSON worker
 * through shared memory: the main thread copies a text's UTF-16 code units into a ring
 * of bytes both threads see (four times cheaper than cloning it with postMessage, and
 * no new buffer per batch, whose allocation and transfer measured costlier still); the
 * worker reads it back, exactly (lone surrogates included), and releases the bytes once
 * its batch is written. When the worker is behind by a whole ring, `put` declines and the
 * text is cloned instead: the main thread never waits.
 */

/** Bytes of the ring: about four and a half batches of titres (8,192 rows, 7 MB of bases de liquidation). */
export const RING_BYTES = 32 << 20;

/** What both threads share (sent to the worker in the `start` request). */
export interface SharedRing {
  /** The texts' bytes. */
  readonly bytes: SharedArrayBuffer;
  /** One 64-bit counter: bytes (from the first put on) the worker has released. */
  readonly released: SharedArrayBuffer;
}

/** A new shared ring. */
export function sharedRing(size = RING_BYTES): SharedRing {
  return { bytes: new SharedArrayBuffer(size), released: new SharedArrayBuffer(8) };
}

/** One thread's view of a shared ring. Positions count bytes from the first put on (never wrapped). */
export class TextRing {
  private readonly bytes: Buffer;
  private readonly released: BigInt64Array;
  /** Position after the last text put (main thread). */
  private head = 0;

  constructor(shared: SharedRing) {
    this.bytes = Buffer.from(shared.bytes);
    this.released = new BigInt64Array(shared.released);
  }

  /** Position after the last text put: what the worker releases once the texts before it are read. */
  get end(): number {
    return this.head;
  }

  /** Copies a text into the ring (main thread); returns its position, or null when the ring has no room for it. */
  put(text: string): number | null {
    const size = this.bytes.length;
    const length = text.length * 2;
    let start = this.head;
    // A text never wraps: it starts over at the ring's beginning when the end has no room.
    if ((start % size) + length > size) start += size - (start % size);
    if (start + length - Number(Atomics.load(this.released, 0)) > size) return null;
    this.bytes.write(text, start % size, 'utf16le');
    this.head = start + length;
    return start;
  }

  /** The text of `length` code units put at `start` (worker). */
  get(start: number, length: number): string {
    const at = start % this.bytes.length;
    return this.bytes.toString('utf16le', at, at + 2 * length);
  }

  /** Frees everything before `end` for new texts (worker). */
  release(end: number): void {
    Atomics.store(this.released, 0, BigInt(end));
  }
}
