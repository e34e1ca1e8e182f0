/**
 * Hostile-archive helper (tests and `makeZipBombs`): writes a zip archive byte by byte from entries whose names, sizes and data
 * the test controls — what a zip library refuses to produce (two entries of one name,
 * `..\` or `C:` names, a declared size that lies, a stream that inflates to far more than
 * it says). Deflated entries are compressed here; `deflated` gives a ready raw stream.
 */
import * as zlib from 'node:zlib';
import { unzipSync } from 'fflate';

/** One entry of the archive to write. */
export interface RawEntry {
  /** Name as written in the zip (any bytes of UTF-8, `\`, `..` allowed). */
  readonly name: string;
  /** Uncompressed content (ignored when `deflated` is given). */
  readonly data?: Uint8Array;
  /** A raw deflate stream to store as is (the entry's data is then whatever it inflates to). */
  readonly deflated?: Uint8Array;
  /** Uncompressed size written in the headers; defaults to the data's length. */
  readonly declaredSize?: number;
  /** CRC-32 written in the headers; defaults to the data's (0 with `deflated`). */
  readonly crc?: number;
}

const u16 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];

/** The zip archive of `entries`, in order, every entry deflated. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const data = entry.data ?? new Uint8Array(0);
    const compressed = entry.deflated ?? new Uint8Array(zlib.deflateRawSync(data));
    const size = entry.declaredSize ?? data.length;
    const crc = entry.crc ?? (entry.deflated === undefined ? zlib.crc32(data) >>> 0 : 0);
    const common = [
      ...u16(20),
      ...u16(0x800),
      ...u16(8),
      ...u16(0),
      ...u16(0x21),
      ...u32(crc),
      ...u32(compressed.length),
      ...u32(size),
      ...u16(name.length),
      ...u16(0),
    ];
    const local = new Uint8Array([...u32(0x04034b50), ...common, ...name]);
    central.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...common,
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...name,
    );
    chunks.push(local, compressed);
    offset += local.length + compressed.length;
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(central.length),
    ...u32(offset),
    ...u16(0),
  ];
  chunks.push(new Uint8Array(central), new Uint8Array(end));
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The entries of an existing zip (e.g. `buildPackage`'s), to rewrite with changes. */
export function entriesOf(zip: Uint8Array): RawEntry[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data }));
}

/**
 * A raw deflate stream that inflates to `megabytes` MiB of spaces, built from one
 * compressed MiB repeated (sync-flushed blocks concatenate): about 1 kB per MiB.
 */
export function spacesBomb(megabytes: number): Uint8Array {
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20, 0x20), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const last = zlib.deflateRawSync(Buffer.alloc(0));
  const out = new Uint8Array(block.length * megabytes + last.length);
  for (let i = 0; i < megabytes; i++) out.set(block, i * block.length);
  out.set(last, block.length * megabytes);
  return out;
}
