/**
 * Makes an .xlsx file byte-for-byte reproducible: exceljs (through JSZip) stamps every
 * zip entry with the current time, so the same workbook written twice differs. This
 * rewrites the package with one fixed timestamp, keeping the entries and their order.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** Fixed entry time, built from local components so the DOS timestamp is the same in every time zone. */
const FIXED_MTIME = new Date(2026, 0, 1, 0, 0, 0);

/** Returns the same zip package with every entry dated FIXED_MTIME. */
export function withFixedZipTimestamps(xlsx: Uint8Array): Uint8Array {
  const entries = unzipSync(xlsx);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries))
    zippable[name] = [data, { mtime: FIXED_MTIME }];
  return zipSync(zippable, { level: 6 });
}
