/**
 * Opens a zip archive held in memory by reading its central directory, without inflating
 * anything: entry names written with `\` read as `/`, names that escape the package are
 * dropped and listed, two entries of one name are refused.
 */
import { applyZip64Extra, decodeName, type Zip64Fields } from './centralDirectoryFields';
import { findEndOfCentralDirectory, locateDirectory } from './directoryLocation';
import { escapesPackage } from './escapesPackage';
import { DEFAULT_INFLATE_LIMITS, type InflateLimits } from './inflateBudget';
import { u16, u32 } from './zipIntegers';
import { duplicateEntry, notZip } from './zipPartErrors';
import type { ZipArchive, ZipEntry } from './zipTypes';

const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Opens an archive held in memory; throws XlsxReadError `NOT_ZIP` when it is not a zip
 * file, `DAMAGED` when two entries have one name.
 */
export function openZipArchive(
  bytes: Uint8Array,
  limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
): ZipArchive {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw notZip('aucun répertoire zip');
  const { count, offset } = locateDirectory(bytes, eocd);
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const ignoredNames: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, p) !== CENTRAL_SIGNATURE) throw notZip('répertoire zip endommagé');
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const fields: Zip64Fields = {
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    };
    applyZip64Extra(bytes, p + 46 + nameLength, p + 46 + nameLength + extraLength, fields);
    const written = decodeName(bytes.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0);
    const name = written.replace(/\\/g, '/');
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (escapesPackage(name)) {
      ignoredNames.push(written);
      p = next;
      continue;
    }
    const local = fields.localOffset;
    if (u32(bytes, local) !== LOCAL_SIGNATURE) throw notZip(`entrée « ${name} » introuvable`);
    const dataOffset = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataOffset + fields.compressedSize > bytes.length)
      throw notZip(`entrée « ${name} » tronquée`);
    const entry: ZipEntry = {
      name,
      method: u16(bytes, p + 10),
      flags,
      crc32: u32(bytes, p + 16),
      compressedSize: fields.compressedSize,
      size: fields.size,
      dosTime: u16(bytes, p + 12),
      dosDate: u16(bytes, p + 14),
      dataOffset,
    };
    if (!name.endsWith('/')) {
      const key = name.toLowerCase();
      if (byName.has(key)) throw duplicateEntry(name);
      byName.set(key, entry);
    }
    entries.push(entry);
    p = next;
  }
  const limit = limits.maxInflatedBytes;
  return { bytes, entries, byName, ignoredNames, budget: { remaining: limit, limit } };
}
