/**
 * The inflate budget of an archive: how many uncompressed bytes its parts may add up to,
 * and the charge each part read makes on it, so a small hostile file can never make the
 * process inflate gigabytes.
 */
import { sizeText, tooLarge } from './zipPartErrors';
import type { ZipArchive, ZipEntry } from './zipTypes';

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

/**
 * Largest part that can be read whatever the budget: V8's longest string (2^29 − 24
 * characters), since a part is decoded into one string.
 */
export const MAX_PART_BYTES = 0x1fffffe8;

/** Charges an entry's declared size to the archive's budget; throws when it is spent. */
export function charge(archive: ZipArchive, entry: ZipEntry): void {
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
