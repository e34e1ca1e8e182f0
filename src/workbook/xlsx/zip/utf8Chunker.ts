/**
 * Cuts a part's text pieces into UTF-8 chunks of about CHUNK_BYTES, pushed one piece at a
 * time: the encoder of a part whose rows are rendered on another thread
 * (src/workbook/xlsx/write/offloadedRows.ts). It cuts exactly where the zip writer's own
 * `utf8Chunks` cuts the same pieces, so that the chunks, and the deflated bytes (each
 * chunk is deflated on its own), are the same whichever thread encoded them.
 */

/** Size of the chunks a streamed part is cut into before deflating. */
export const CHUNK_BYTES = 1 << 21;

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
