/**
 * Browser replacement of `src/workbook/xlsx/zip/deflateCodec.ts` (which uses node:zlib),
 * substituted by webpack in the preview bundle so that the project's own xlsx reader opens
 * files dropped on the preview page. Same exports, on fflate.
 */
import { deflateSync, inflateSync } from 'fflate';
import { softwareCrc32 } from '../../workbook/xlsx/zip/softwareCrc32';

/** Deflate level for written parts (as the Node codec). */
export const DEFLATE_LEVEL = 1;

/** Largest payload of one stored deflate block. */
const STORED_BLOCK_MAX = 0xffff;

/**
 * Inflates a raw deflate stream into at most `maxLength` bytes (as the Node codec): fflate
 * writes into a buffer one byte longer and stops when it is full, so a fuller buffer means
 * the stream holds more than `maxLength`; null then.
 */
export function inflateRaw(data: Uint8Array, maxLength: number): Uint8Array | null {
  const out = inflateSync(data, { out: new Uint8Array(maxLength + 1) });
  return out.length > maxLength ? null : out;
}

/** Non-final stored blocks (byte-aligned, so the next chunk can follow them). */
function storedBlocks(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / STORED_BLOCK_MAX));
  const out = new Uint8Array(data.length + blocks * 5);
  let at = 0;
  for (let start = 0, i = 0; i < blocks; i++, start += STORED_BLOCK_MAX) {
    const length = Math.min(STORED_BLOCK_MAX, data.length - start);
    out[at++] = 0; // BFINAL = 0, BTYPE = 00 (stored)
    out[at++] = length & 0xff;
    out[at++] = length >>> 8;
    out[at++] = ~length & 0xff;
    out[at++] = (~length >>> 8) & 0xff;
    out.set(data.subarray(start, start + length), at);
    at += length;
  }
  return out;
}

/**
 * Deflates one chunk of a part. Non-final chunks are stored (not compressed) blocks, which
 * end on a byte boundary like the Node codec's sync flush, so chunks concatenate into one
 * valid stream; the final chunk is compressed. The preview only reads files, so the missing
 * compression of non-final chunks costs nothing there.
 */
export function deflateRawChunk(data: Uint8Array, final: boolean): Uint8Array {
  return final ? deflateSync(data, { level: DEFLATE_LEVEL }) : storedBlocks(data);
}

/** CRC-32 of `data`, continuing from `previous` (0 to start). */
export const crc32: (data: Uint8Array, previous?: number) => number = softwareCrc32;
