/**
 * Writes a zip archive (the output xlsx package) in memory. Unchanged parts of the input
 * are copied still compressed, so they stay byte-identical and cost no recompression; new
 * parts are deflated chunk by chunk as they are produced (a large sheet never exists as
 * one string). No zip64: an xlsx above 4 GB is refused.
 */
import { crc32, deflateRawChunk } from './deflateCodec';
import { rawEntryData, type ZipArchive, type ZipEntry } from './zipArchive';

/** DOS date of 1980-01-01 00:00, for new parts: the output does not depend on the clock. */
const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x800;
const LIMIT = 0xffffffff;

interface CentralRecord {
  readonly name: Uint8Array;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly offset: number;
}

const encoder = new TextEncoder();

/** Accumulates the entries of an archive, then `finish()` returns its bytes. */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly records: CentralRecord[] = [];
  private offset = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.offset += bytes.length;
    if (this.offset > LIMIT) throw new Error('Le classeur produit dépasse 4 Go.');
  }

  private localHeader(record: Omit<CentralRecord, 'offset'>): Uint8Array {
    const header = new Uint8Array(30 + record.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, record.flags, true);
    view.setUint16(8, record.method, true);
    view.setUint16(10, record.dosTime, true);
    view.setUint16(12, record.dosDate, true);
    view.setUint32(14, record.crc, true);
    view.setUint32(18, record.compressedSize, true);
    view.setUint32(22, record.size, true);
    view.setUint16(26, record.name.length, true);
    view.setUint16(28, 0, true);
    header.set(record.name, 30);
    return header;
  }

  /** Copies an entry of an input archive as it is (compressed bytes, CRC, date). */
  copyEntry(archive: ZipArchive, entry: ZipEntry): void {
    const record = {
      name: encoder.encode(entry.name),
      method: entry.method,
      flags: (entry.flags & ~0x8) | UTF8_FLAG,
      crc: entry.crc32,
      compressedSize: entry.compressedSize,
      size: entry.size,
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
    };
    const offset = this.offset;
    this.push(this.localHeader(record));
    this.push(rawEntryData(archive, entry));
    this.records.push({ ...record, offset });
  }

  /** Adds a part given whole (text is written as UTF-8). */
  addPart(name: string, content: string | Uint8Array): void {
    this.addStreamedPart(name, [content]);
  }

  /**
   * Adds a part produced piece by piece. Pieces are encoded into a reused buffer of
   * `chunkBytes` bytes; each full buffer is deflated on its own and appended.
   */
  addStreamedPart(name: string, pieces: Iterable<string | Uint8Array>, chunkBytes = 1 << 21): void {
    const compressed: Uint8Array[] = [];
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    const buffer = Buffer.allocUnsafe(chunkBytes);
    let used = 0;
    const deflate = (data: Uint8Array, final: boolean): void => {
      crc = crc32(data, crc);
      size += data.length;
      const out = deflateRawChunk(data, final);
      compressedSize += out.length;
      compressed.push(out);
    };
    const flush = (): void => {
      if (used > 0) deflate(buffer.subarray(0, used), false);
      used = 0;
    };
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        // UTF-8 takes at most 3 bytes per UTF-16 code unit.
        if (piece.length * 3 > chunkBytes - used) {
          flush();
          if (piece.length * 3 > chunkBytes) {
            deflate(encoder.encode(piece), false);
            continue;
          }
        }
        used += buffer.write(piece, used, 'utf8');
      } else {
        flush();
        deflate(piece, false);
      }
    }
    deflate(buffer.subarray(0, used), true);
    if (size > LIMIT) throw new Error('Une partie du classeur produit dépasse 4 Go.');
    const record = { name: encoder.encode(name), method: 8, flags: UTF8_FLAG, crc, compressedSize, size, dosTime: 0, dosDate: FIXED_DOS_DATE };
    const offset = this.offset;
    this.push(this.localHeader(record));
    for (const chunk of compressed) this.push(chunk);
    this.records.push({ ...record, offset });
  }

  /** Writes the central directory and returns the whole archive. */
  finish(): Uint8Array {
    const directoryOffset = this.offset;
    for (const record of this.records) {
      const header = new Uint8Array(46 + record.name.length);
      const view = new DataView(header.buffer);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      view.setUint16(8, record.flags, true);
      view.setUint16(10, record.method, true);
      view.setUint16(12, record.dosTime, true);
      view.setUint16(14, record.dosDate, true);
      view.setUint32(16, record.crc, true);
      view.setUint32(20, record.compressedSize, true);
      view.setUint32(24, record.size, true);
      view.setUint16(28, record.name.length, true);
      view.setUint32(42, record.offset, true);
      header.set(record.name, 46);
      this.push(header);
    }
    const directorySize = this.offset - directoryOffset;
    if (this.records.length > 0xffff) throw new Error('Le classeur produit contient trop de parties.');
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.records.length, true);
    view.setUint16(10, this.records.length, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, directoryOffset, true);
    this.push(end);
    const out = new Uint8Array(this.offset);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }
}
