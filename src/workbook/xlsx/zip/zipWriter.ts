/**
 * Writes a zip archive (the output xlsx package) to a sink: memory, or a file as it goes.
 * Unchanged parts of the input are copied still compressed, so they stay byte-identical
 * and cost no recompression; new parts are encoded into fixed-size chunks as they are
 * produced and each chunk is deflated on its own (a 350,000-row sheet never exists as one
 * string). The asynchronous variant deflates chunks on libuv's thread pool while the next
 * chunk is generated, and checksums them on a worker thread, which uses the second core
 * and leaves the main thread to generating. No zip64: an xlsx above 4 GB is refused.
 */
import { Crc32Worker, nativeCrc32Available } from './crc32Worker';
import { crc32, deflateRawChunk, deflateRawChunkAsync } from './deflateCodec';
import { CHUNK_BYTES, utf8Chunks } from './utf8Chunker';
import { rawEntryData, type ZipArchive, type ZipEntry } from './zipArchive';

/** Where the archive's bytes go. */
export interface ZipSink {
  /** Appends bytes. */
  write(bytes: Uint8Array): void;
  /** Overwrites bytes already written at `offset` (local headers, once sizes are known). */
  patch(offset: number, bytes: Uint8Array): void;
}

/** A sink that keeps the archive in memory. */
export class MemorySink implements ZipSink {
  private readonly chunks: Uint8Array[] = [];
  private readonly starts: number[] = [];
  private length = 0;

  write(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.starts.push(this.length);
    this.length += bytes.length;
  }

  patch(offset: number, bytes: Uint8Array): void {
    const index = this.starts.lastIndexOf(offset);
    const chunk = this.chunks[index];
    if (chunk === undefined || chunk.length < bytes.length)
      throw new Error('zip: patch outside a written chunk');
    chunk.set(bytes);
  }

  /** The whole archive. */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/**
 * A chunk of a part's UTF-8 encoded on another thread (see `addEncodedPartAsync`): its
 * bytes, the CRC-32 of the part up to and including it, and how to hand its buffer back
 * once it has been deflated.
 */
export interface EncodedChunk {
  readonly bytes: Uint8Array;
  readonly crc: number;
  release(): void;
}

/** DOS date of 1980-01-01 00:00, for new parts: the output does not depend on the clock. */
const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x800;
const LIMIT = 0xffffffff;
/** Chunks deflating at once on the thread pool (bounds memory). */
const IN_FLIGHT = 3;

interface EntryRecord {
  name: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  offset: number;
}

const encoder = new TextEncoder();

function localHeader(record: EntryRecord): Uint8Array {
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

/**
 * A ring of `count` reusable chunk buffers; `shared` ones live in SharedArrayBuffers, so
 * that the CRC thread reads a chunk where it is rather than from a copy.
 */
function bufferRing(count: number, shared = false): () => Buffer {
  const buffers: Buffer[] = [];
  let next = 0;
  return () => {
    const index = next;
    next = (next + 1) % count;
    let buffer = buffers[index];
    if (buffer === undefined) {
      buffer = shared
        ? Buffer.from(new SharedArrayBuffer(CHUNK_BYTES))
        : Buffer.allocUnsafe(CHUNK_BYTES);
      buffers[index] = buffer;
    }
    return buffer;
  };
}

/** Accumulates the entries of an archive into a sink; `finish()` writes the directory. */
export class ZipWriter {
  private readonly records: EntryRecord[] = [];
  private offset = 0;
  private readonly syncBuffer = bufferRing(1);
  private readonly asyncBuffers = bufferRing(IN_FLIGHT + 1, nativeCrc32Available());
  /** The CRC thread of the asynchronous parts, started with the first one. */
  private crcWorker: Crc32Worker | null = null;

  constructor(private readonly sink: ZipSink) {}

  private write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.sink.write(bytes);
    this.offset += bytes.length;
    if (this.offset > LIMIT) throw new Error('Le classeur produit dépasse 4 Go.');
  }

  /** Copies an entry of an input archive as it is (compressed bytes, CRC, date). */
  copyEntry(archive: ZipArchive, entry: ZipEntry): void {
    const record: EntryRecord = {
      name: encoder.encode(entry.name),
      method: entry.method,
      flags: (entry.flags & ~0x8) | UTF8_FLAG,
      crc: entry.crc32,
      compressedSize: entry.compressedSize,
      size: entry.size,
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
      offset: this.offset,
    };
    this.write(localHeader(record));
    this.write(rawEntryData(archive, entry));
    this.records.push(record);
  }

  private startPart(name: string): EntryRecord {
    const record: EntryRecord = {
      name: encoder.encode(name),
      method: 8,
      flags: UTF8_FLAG,
      crc: 0,
      compressedSize: 0,
      size: 0,
      dosTime: 0,
      dosDate: FIXED_DOS_DATE,
      offset: this.offset,
    };
    this.write(localHeader(record));
    return record;
  }

  private endPart(record: EntryRecord): void {
    if (record.size > LIMIT) throw new Error('Une partie du classeur produit dépasse 4 Go.');
    this.sink.patch(record.offset, localHeader(record));
    this.records.push(record);
  }

  private addChunk(record: EntryRecord, chunk: Uint8Array): void {
    record.crc = crc32(chunk, record.crc);
    record.size += chunk.length;
  }

  private addCompressed(record: EntryRecord, compressed: Uint8Array): void {
    record.compressedSize += compressed.length;
    this.write(compressed);
  }

  /** Adds a part given whole (text is written as UTF-8). */
  addPart(name: string, content: string): void {
    this.addStreamedPart(name, [content]);
  }

  /** Adds a part produced piece by piece, deflating each chunk on this thread. */
  addStreamedPart(name: string, pieces: Iterable<string>): void {
    const record = this.startPart(name);
    for (const chunk of utf8Chunks(pieces, this.syncBuffer)) {
      this.addChunk(record, chunk);
      this.addCompressed(record, deflateRawChunk(chunk, false));
    }
    this.addCompressed(record, deflateRawChunk(new Uint8Array(0), true));
    this.endPart(record);
  }

  /** Adds a part produced piece by piece, deflating chunks on the thread pool meanwhile. */
  async addStreamedPartAsync(name: string, pieces: Iterable<string>): Promise<void> {
    const record = this.startPart(name);
    const pending: Promise<[Uint8Array, void]>[] = [];
    if (this.crcWorker === null && nativeCrc32Available()) this.crcWorker = new Crc32Worker();
    const crcs = this.crcWorker;
    // A chunk's buffer is reused IN_FLIGHT + 1 chunks later, once its deflate and its
    // checksum have completed (the CRC thread reads the shared buffer itself).
    try {
      for (const chunk of utf8Chunks(pieces, this.asyncBuffers)) {
        let checked: Promise<void> | undefined;
        if (crcs === null) this.addChunk(record, chunk);
        else {
          checked = crcs.update(chunk);
          record.size += chunk.length;
        }
        pending.push(Promise.all([deflateRawChunkAsync(chunk, false), checked]));
        if (pending.length >= IN_FLIGHT)
          this.addCompressed(record, (await (pending.shift() as Promise<[Uint8Array, void]>))[0]);
      }
      for (const next of pending) this.addCompressed(record, (await next)[0]);
      this.addCompressed(record, deflateRawChunk(new Uint8Array(0), true));
      if (crcs !== null) record.crc = await crcs.finish();
    } catch (error) {
      // No finish() will come: stop the CRC thread now.
      this.crcWorker?.close();
      this.crcWorker = null;
      throw error;
    }
    this.endPart(record);
  }

  /**
   * Adds a part whose UTF-8 chunks (cut as `utf8Chunks` cuts, checksummed) another thread
   * produced, deflating them on the thread pool: the same bytes as
   * `addStreamedPartAsync` would write for the same text, without encoding it here.
   */
  async addEncodedPartAsync(name: string, chunks: AsyncIterable<EncodedChunk>): Promise<void> {
    const record = this.startPart(name);
    const pending: { readonly deflated: Promise<Uint8Array>; readonly chunk: EncodedChunk }[] = [];
    for await (const chunk of chunks) {
      record.size += chunk.bytes.length;
      if (record.size > LIMIT) throw new Error('Une partie du classeur produit dépasse 4 Go.');
      record.crc = chunk.crc;
      pending.push({ deflated: deflateRawChunkAsync(chunk.bytes, false), chunk });
      if (pending.length >= IN_FLIGHT) {
        const oldest = pending.shift() as (typeof pending)[number];
        this.addCompressed(record, await oldest.deflated);
        oldest.chunk.release();
      }
    }
    for (const next of pending) {
      this.addCompressed(record, await next.deflated);
      next.chunk.release();
    }
    this.addCompressed(record, deflateRawChunk(new Uint8Array(0), true));
    this.endPart(record);
  }

  /** Writes the central directory; returns the archive's size. */
  finish(): number {
    this.crcWorker?.close();
    this.crcWorker = null;
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
      this.write(header);
    }
    const directorySize = this.offset - directoryOffset;
    if (this.records.length > 0xffff)
      throw new Error('Le classeur produit contient trop de parties.');
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.records.length, true);
    view.setUint16(10, this.records.length, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, directoryOffset, true);
    this.write(end);
    return this.offset;
  }
}
