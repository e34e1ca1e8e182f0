/**
 * Writes text to an open file from its start, encoding each piece as UTF-8 straight into
 * one reused buffer written when full (concatenating pieces into a large string first
 * costs more: the concatenation has to be flattened before it is encoded).
 */
import { ftruncateSync, writeSync } from 'node:fs';

/** Size of the buffer the text is encoded into before each write. */
const WRITE_BUFFER_BYTES = 1 << 22;

/** UTF-8 text written to an open file, through a reused buffer. */
export class Utf8FileWriter {
  private readonly buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  private used = 0;
  private position = 0;

  constructor(private readonly fd: number) {}

  /** Appends a piece of text (bound: may be passed around as a function). */
  readonly write = (piece: string): void => {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.used + piece.length * 3 > WRITE_BUFFER_BYTES) {
      this.flush();
      if (piece.length * 3 > WRITE_BUFFER_BYTES) {
        this.writeBytes(Buffer.from(piece, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(piece, this.used, 'utf8');
  };

  /** Appends `before + text + after` without concatenating it (the long `text` is encoded on its own). */
  readonly writeAround = (before: string, text: string, after: string): void => {
    const length = before.length + text.length + after.length;
    if (this.used + length * 3 > WRITE_BUFFER_BYTES) {
      this.flush();
      if (length * 3 > WRITE_BUFFER_BYTES) {
        this.writeBytes(Buffer.from(before + text + after, 'utf8'));
        return;
      }
    }
    let used = this.used;
    used += this.buffer.write(before, used, 'utf8');
    used += this.buffer.write(text, used, 'utf8');
    this.used = used + this.buffer.write(after, used, 'utf8');
  };

  /** Writes what is buffered. */
  flush(): void {
    this.writeBytes(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Forgets everything written: the file is emptied and writing starts again at its beginning. */
  restart(): void {
    this.used = 0;
    this.position = 0;
    ftruncateSync(this.fd, 0);
  }

  private writeBytes(bytes: Uint8Array): void {
    // writeSync may write fewer bytes than asked.
    for (let at = 0; at < bytes.length;) {
      const written = writeSync(this.fd, bytes, at, bytes.length - at, this.position);
      at += written;
      this.position += written;
    }
  }
}
