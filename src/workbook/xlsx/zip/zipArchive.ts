/**
 * Reads the directory of a zip archive (an xlsx package) without inflating anything, so
 * that the reader inflates only the parts it needs and the writer can copy unchanged parts
 * byte for byte, still compressed. Handles zip64 directories and data descriptors.
 *
 * Hostile archives: every inflate stops at the entry's declared size (a part that inflates
 * to more, or less, or whose CRC-32 differs, is an error) and charges that size to the archive's budget
 * (`InflateLimits`), so a small file can never make the process inflate gigabytes. Entry
 * names written with `\` (Windows tools) read as `/`, as Excel does; a name that escapes
 * the package (`../x`, `/x`, `C:x`) is dropped from the entries (never read, never copied
 * into an output) and listed in `ignoredNames`; two entries of one name are refused.
 */
import { crc32, inflateRaw } from './deflateCodec';
import { XlsxReadError } from '../xlsxReadError';
import { isRootClosed } from '../xml/rootClosed';

/** One file of the archive, as its central directory describes it. */
export interface ZipEntry {
  /** Path inside the package, without a leading slash (`xl/workbook.xml`). */
  readonly name: string;
  /** 0 = stored, 8 = deflated (others cannot be read, only copied). */
  readonly method: number;
  /** General-purpose flags (bit 11: UTF-8 name). */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  /** DOS time and date of the entry, kept when the entry is copied. */
  readonly dosTime: number;
  readonly dosDate: number;
  /** Offset of the entry's compressed bytes in the archive. */
  readonly dataOffset: number;
}

/** How much the parts of one archive may inflate to, in total. */
export interface InflateLimits {
  /** Sum of the declared uncompressed sizes of the parts read (each read counts). */
  readonly maxInflatedBytes: number;
}

/**
 * Default budget: 256 MiB of uncompressed XML, ten times the 35,000-member benchmark input
 * (27 MB) and half of the longest string V8 can hold (a larger part cannot be read anyway).
 */
export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxInflatedBytes: 256 * 1024 * 1024 };

/** A zip archive opened in memory: its entries by name and access to their bytes. */
export interface ZipArchive {
  readonly bytes: Uint8Array;
  /** Entries in central-directory order (without the dropped unsafe names). */
  readonly entries: readonly ZipEntry[];
  /** Entry by lower-case name (package part names are case-insensitive). */
  readonly byName: ReadonlyMap<string, ZipEntry>;
  /** Entry names dropped because they point outside the package (as written in the zip). */
  readonly ignoredNames: readonly string[];
  /** What is left of the inflate budget (bytes); lowered by each part read. */
  readonly budget: { remaining: number; readonly limit: number };
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (
    ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0
  );
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function notZip(detail: string): XlsxReadError {
  return new XlsxReadError('NOT_ZIP', `le fichier n'est pas un classeur Excel .xlsx (${detail})`);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

interface DirectoryLocation {
  readonly count: number;
  readonly offset: number;
}

function locateDirectory(bytes: Uint8Array, eocd: number): DirectoryLocation {
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

function decodeName(raw: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(raw);
  let s = '';
  for (const byte of raw) s += String.fromCharCode(byte);
  return s;
}

interface Zip64Fields {
  size: number;
  compressedSize: number;
  localOffset: number;
}

/** Reads the zip64 extended-information extra field, for values stored as 0xFFFFFFFF. */
function applyZip64Extra(bytes: Uint8Array, start: number, end: number, fields: Zip64Fields): void {
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

/**
 * Whether an entry name (with `/` separators) leaves the package when extracted: absolute
 * (`/x`), a drive (`C:x`), a `..` segment, or a NUL character. Such an entry cannot be a
 * package part (part names are relative and have no `..`).
 */
export function escapesPackage(name: string): boolean {
  return (
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.includes('\0') ||
    name.split('/').some((segment) => segment === '..')
  );
}

function duplicateEntry(name: string): XlsxReadError {
  return new XlsxReadError(
    'DAMAGED',
    `le classeur est endommagé (la partie « ${name} » y figure deux fois) : ouvrez-le dans Excel, laissez-le le réparer et enregistrez-le`,
  );
}

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

/** The error for a part that cannot be decompressed or parsed: the package is damaged. */
export function damagedPart(partName: string): XlsxReadError {
  return new XlsxReadError(
    'DAMAGED',
    `le classeur est endommagé (partie « ${partName} » illisible) : ouvrez-le dans Excel, laissez-le le réparer et enregistrez-le`,
  );
}

/**
 * The error for a part whose XML stops before its root element is closed: the file was
 * cut short, and reading what is there would silently lose the rest.
 */
export function truncatedPart(partName: string): XlsxReadError {
  return new XlsxReadError(
    'DAMAGED',
    `le classeur est endommagé (partie « ${partName} » tronquée : elle s'arrête avant sa fin) : ouvrez-le dans Excel, laissez-le le réparer et enregistrez-le`,
  );
}

/** The compressed bytes of an entry, as stored in the archive (a view, not a copy). */
export function rawEntryData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  return archive.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** A size in French: `2100 Mo`, or in bytes below one megabyte. */
function sizeText(bytes: number): string {
  const mega = 1024 * 1024;
  return bytes >= mega ? `${Math.round(bytes / mega)} Mo` : `${bytes} octets`;
}

/**
 * The error for a part beyond the inflate budget (`TOO_LARGE`: a larger limit would read
 * it), or larger than its zip entry says (`DAMAGED`: a lie, no limit would help).
 */
export function tooLarge(
  code: 'TOO_LARGE' | 'DAMAGED',
  partName: string,
  detail: string,
): XlsxReadError {
  return new XlsxReadError(
    code,
    `classeur trop volumineux ou endommagé : la partie « ${partName} » ${detail}`,
  );
}

/**
 * Largest part that can be read whatever the budget: V8's longest string (2^29 − 24
 * characters), since a part is decoded into one string.
 */
export const MAX_PART_BYTES = 0x1fffffe8;

/** Charges an entry's declared size to the archive's budget; throws when it is spent. */
function charge(archive: ZipArchive, entry: ZipEntry): void {
  const budget = archive.budget;
  if (entry.size > budget.remaining)
    throw tooLarge(
      'TOO_LARGE',
      entry.name,
      `se décompresse en ${sizeText(entry.size)}, au-delà des ${sizeText(budget.limit)} que QuotePart lit au plus dans un classeur`,
    );
  if (entry.size > MAX_PART_BYTES)
    throw tooLarge(
      'TOO_LARGE',
      entry.name,
      `se décompresse en ${sizeText(entry.size)}, au-delà des ${sizeText(MAX_PART_BYTES)} que QuotePart peut lire dans une partie`,
    );
  budget.remaining -= entry.size;
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

const utf8Decoder = new TextDecoder('utf-8');

/**
 * The text of a part (UTF-8, byte-order mark removed), or null when the package lacks it.
 * With `root`, the part must end by closing that root element (`worksheet`, `sst`…):
 * a part cut short throws `truncatedPart`.
 */
export function readPartText(archive: ZipArchive, partName: string, root?: string): string | null {
  const entry = archive.byName.get(partName.replace(/^\/+/, '').toLowerCase());
  if (!entry) return null;
  const text = decodeText(entryBytes(archive, entry));
  if (root !== undefined && !isRootClosed(text, root)) throw truncatedPart(entry.name);
  return text;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return utf8Decoder.decode(bytes);
}
