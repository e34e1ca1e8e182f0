/**
 * The shapes of an opened zip archive (an xlsx package): its entries as the central
 * directory describes them, and the archive with its inflate budget. Types only, so every
 * zip module can share them without importing code.
 */

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
