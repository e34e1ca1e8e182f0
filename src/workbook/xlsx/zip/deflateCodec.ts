/**
 * Deflate, inflate and CRC-32 for the xlsx package, on Node's native zlib: measured 5–7×
 * faster than fflate at deflate level 1 and 2× at inflate on the 35,000-member benchmark
 * (bench/xlsx/README.md). Large parts are deflated in independent chunks ended by a sync
 * flush and concatenated (as pigz does), so a 350,000-row sheet never has to exist as one
 * buffer. The thread-pool variant lets the CLI deflate on the second core while the next
 * chunk of XML is generated.
 */
import * as zlib from 'node:zlib';
import { softwareCrc32 } from './softwareCrc32';

/** Deflate level for written parts: fast, the file size differs by a few percent only. */
export const DEFLATE_LEVEL = 1;

/** zlib's output buffer size: a level-1 chunk of 2 MB deflates to a few hundred kB, one buffer. */
const OUTPUT_CHUNK = 1 << 19;

/**
 * Inflates a raw deflate stream into at most `maxLength` bytes: null when the stream holds
 * more (zlib stops at the cap, so a small hostile stream never fills memory); throws when
 * the stream is damaged.
 */
export function inflateRaw(data: Uint8Array, maxLength: number): Uint8Array | null {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxLength) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
}

/**
 * Deflates one chunk of a part. Non-final chunks end with a sync flush (byte-aligned, no
 * final block) so that chunks can be concatenated into one valid deflate stream.
 */
export function deflateRawChunk(data: Uint8Array, final: boolean): Uint8Array {
  return zlib.deflateRawSync(data, {
    level: DEFLATE_LEVEL,
    chunkSize: OUTPUT_CHUNK,
    finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
  });
}

/** As `deflateRawChunk`, on libuv's thread pool: the caller keeps generating meanwhile. */
export function deflateRawChunkAsync(data: Uint8Array, final: boolean): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zlib.deflateRaw(
      data,
      {
        level: DEFLATE_LEVEL,
        chunkSize: OUTPUT_CHUNK,
        finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

type Crc32 = (data: Uint8Array, previous?: number) => number;
const nativeCrc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;

/** CRC-32 of `data`, continuing from `previous` (0 to start). Native on Node ≥ 20.15. */
export function crc32(data: Uint8Array, previous = 0): number {
  return nativeCrc32 === undefined
    ? softwareCrc32(data, previous)
    : nativeCrc32(data, previous) >>> 0;
}
