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
 *
 * This module is the entry point callers import; each job lives in its own file:
 * `zipTypes` (shapes), `zipIntegers`, `directoryLocation`, `centralDirectoryFields`,
 * `escapesPackage`, `openZipArchive` (directory reading), `zipPartErrors` (errors),
 * `inflateBudget` (limits), `entryBytes` (entry bytes), `partText` (part text).
 */
export type { ZipArchive, ZipEntry } from './zipTypes';
export { DEFAULT_INFLATE_LIMITS, MAX_PART_BYTES, type InflateLimits } from './inflateBudget';
export { escapesPackage } from './escapesPackage';
export { openZipArchive } from './openZipArchive';
export { damagedPart, tooLarge, truncatedPart } from './zipPartErrors';
export { entryBytes, rawEntryData } from './entryBytes';
export { readPartText } from './partText';
