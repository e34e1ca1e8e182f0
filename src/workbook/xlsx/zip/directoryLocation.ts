/**
 * Finds the central directory of a zip archive: the end-of-central-directory record at the
 * end of the file, then the entry count and directory offset it gives, or the zip64 record
 * gives when the archive has one.
 */
import { u16, u32, u64 } from './zipIntegers';

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;

/**
 * Offset of the end-of-central-directory record, searched backwards over the last 22 bytes
 * plus the longest possible comment, or -1 when there is none (not a zip file).
 */
export function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** Where the central directory is: how many entries, starting at which offset. */
export interface DirectoryLocation {
  readonly count: number;
  readonly offset: number;
}

/**
 * The entry count and directory offset of the record at `eocd`, taken from the zip64
 * record instead when a zip64 locator precedes it (more than 65,535 entries or 4 GiB).
 */
export function locateDirectory(bytes: Uint8Array, eocd: number): DirectoryLocation {
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(bytes, locator) === ZIP64_EOCD_LOCATOR_SIGNATURE) {
    const zip64 = u64(bytes, locator + 8);
    if (u32(bytes, zip64) === ZIP64_EOCD_SIGNATURE) {
      count = u64(bytes, zip64 + 32);
      offset = u64(bytes, zip64 + 48);
    }
  }
  return { count, offset };
}
