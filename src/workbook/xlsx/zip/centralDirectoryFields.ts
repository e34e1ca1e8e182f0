/**
 * Fields of a central-directory record that need more than reading an integer: the entry
 * name (UTF-8 or single-byte) and the zip64 values that replace 0xFFFFFFFF sizes
 * and offsets.
 */
import { u16, u64 } from './zipIntegers';

/**
 * An entry name from its raw bytes: UTF-8 when the entry says so (flag bit 11), otherwise
 * one character per byte (the part names Excel writes are ASCII either way).
 */
export function decodeName(raw: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(raw);
  let s = '';
  for (const byte of raw) s += String.fromCharCode(byte);
  return s;
}

/** The entry values a zip64 extra field may carry, updated in place by `applyZip64Extra`. */
export interface Zip64Fields {
  size: number;
  compressedSize: number;
  localOffset: number;
}

/** Reads the zip64 extended-information extra field, for values stored as 0xFFFFFFFF. */
export function applyZip64Extra(
  bytes: Uint8Array,
  start: number,
  end: number,
  fields: Zip64Fields,
): void {
  let p = start;
  while (p + 4 <= end) {
    const id = u16(bytes, p);
    const length = u16(bytes, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (fields.size === 0xffffffff) {
        fields.size = u64(bytes, q);
        q += 8;
      }
      if (fields.compressedSize === 0xffffffff) {
        fields.compressedSize = u64(bytes, q);
        q += 8;
      }
      if (fields.localOffset === 0xffffffff) {
        fields.localOffset = u64(bytes, q);
      }
      return;
    }
    p += 4 + length;
  }
}
