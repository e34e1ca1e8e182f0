/**
 * The bytes of one zip entry: as stored (to copy it unchanged) or uncompressed (to read
 * it), the latter checked against the entry's declared size and CRC-32.
 */
import { crc32, inflateRaw } from './deflateCodec';
import { XlsxReadError } from '../xlsxReadError';
import { charge } from './inflateBudget';
import { damagedPart, tooLarge } from './zipPartErrors';
import type { ZipArchive, ZipEntry } from './zipTypes';

/** The compressed bytes of an entry, as stored in the archive (a view, not a copy). */
export function rawEntryData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  return archive.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/**
 * The uncompressed bytes of an entry: exactly its declared size, charged to the archive's
 * budget; an entry that inflates to more is refused without inflating further, one whose
 * bytes do not match its CRC-32 is damaged (an altered part would otherwise be read as
 * wrong values without a word).
 */
export function entryBytes(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const raw = rawEntryData(archive, entry);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new XlsxReadError(
      'UNSUPPORTED',
      `la partie « ${entry.name} » utilise une compression non prise en charge (${entry.method})`,
    );
  }
  charge(archive, entry);
  if (entry.method === 0) {
    if (raw.length !== entry.size || crc32(raw) !== entry.crc32) throw damagedPart(entry.name);
    return raw;
  }
  let inflated: Uint8Array | null;
  try {
    inflated = inflateRaw(raw, entry.size);
  } catch {
    throw damagedPart(entry.name);
  }
  if (inflated === null)
    throw tooLarge(
      'DAMAGED',
      entry.name,
      `se décompresse au-delà de la taille annoncée par le fichier zip (${entry.size} octets)`,
    );
  if (inflated.length !== entry.size || crc32(inflated) !== entry.crc32)
    throw damagedPart(entry.name);
  return inflated;
}
