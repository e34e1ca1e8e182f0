/**
 * Cuts a part's text pieces into UTF-8 chunks of about CHUNK_BYTES, two ways: pulled from
 * an iterable on the main thread (`utf8Chunks`, the zip writer's), or pushed one piece at
 * a time (`Utf8Chunker`, on the thread that renders offloaded rows, see
 * src/workbook/xlsx/write/offloadedRows.ts). Both cut the same pieces at the same places,
 * so that the chunks, and the deflated bytes (each chunk is deflated on its own), are the
 * same whichever thread encoded them.
 */

/** Size of the chunks a streamed part is cut into before deflating. */
export const CHUNK_BYTES = 1 << 21;

const encoder = new TextEncoder();

/**
 * Cuts pieces of text into UTF-8 chunks of about CHUNK_BYTES. Buffers come from
 * `nextBuffer`, asked for after each chunk is consumed: reusing a few large buffers rather
 * than allocating one per chunk keeps V8's external-memory accounting from triggering
 * full garbage collections of the engine's large heap (measured: 3 s on 10,000 members).
 */
export function* utf8Chunks(
  pieces: Iterable<string>,
  nextBuffer: () => Buffer,
): Generator<Uint8Array> {
  let buffer = nextBuffer();
  let used = 0;
  for (const piece of pieces) {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (piece.length * 3 > CHUNK_BYTES - used) {
      if (used > 0) {
        yield buffer.subarray(0, used);
        buffer = nextBuffer();
        used = 0;
      }
      if (piece.length * 3 > CHUNK_BYTES) {
        yield encoder.encode(piece);
        continue;
      }
    }
    used += buffer.write(piece, used, 'utf8');
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/** Pushes pieces of text into UTF-8 chunks, each given to `emit` as soon as it is full. */
export class Utf8Chunker {
  private buffer: Buffer | null = null;
  private used = 0;

  constructor(
    /** The buffer of the next chunk (at least CHUNK_BYTES), asked for once the previous chunk was emitted. */
    private readonly nextBuffer: () => Buffer,
    /**
     * Receives each chunk: a view of a buffer `nextBuffer` gave, or, for a piece too long
     * for one chunk, the piece's own encoding (`own`).
     */
    private readonly emit: (chunk: Uint8Array, own: boolean) => void,
  ) {}

  /** Adds a piece. */
  push(piece: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (piece.length * 3 > CHUNK_BYTES - this.used) {
      if (this.used > 0) this.emitBuffer();
      if (piece.length * 3 > CHUNK_BYTES) {
        this.emit(Buffer.from(piece, 'utf8'), true);
        return;
      }
    }
    const buffer = (this.buffer ??= this.nextBuffer());
    this.used += buffer.write(piece, this.used, 'utf8');
  }

  /**
   * Adds the piece `before + text + after` without concatenating it (the long `text` is
   * encoded on its own): cut and encoded exactly as `push` of the whole piece, provided
   * that no surrogate pair straddles the joins.
   */
  pushAround(before: string, text: string, after: string): void {
    const length = before.length + text.length + after.length;
    if (length * 3 > CHUNK_BYTES - this.used) {
      if (this.used > 0) this.emitBuffer();
      if (length * 3 > CHUNK_BYTES) {
        this.emit(Buffer.from(before + text + after, 'utf8'), true);
        return;
      }
    }
    const buffer = (this.buffer ??= this.nextBuffer());
    let used = this.used;
    used += buffer.write(before, used, 'utf8');
    used += buffer.write(text, used, 'utf8');
    this.used = used + buffer.write(after, used, 'utf8');
  }

  /** Emits what remains (the last chunk). */
  end(): void {
    if (this.used > 0) this.emitBuffer();
  }

  private emitBuffer(): void {
    const buffer = this.buffer as Buffer;
    const used = this.used;
    this.buffer = null;
    this.used = 0;
    this.emit(buffer.subarray(0, used), false);
  }
}
