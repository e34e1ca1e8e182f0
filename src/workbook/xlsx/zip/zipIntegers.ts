/**
 * Little-endian unsigned integers read from zip records. A read past the end gives 0 for
 * the missing bytes, so a truncated record fails its signature check instead of throwing.
 */

/** The 16-bit little-endian unsigned integer at offset `o` of `b`. */
export function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

/** The 32-bit little-endian unsigned integer at offset `o` of `b` (never negative). */
export function u32(b: Uint8Array, o: number): number {
  return (
    ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0
  );
}

/**
 * The 64-bit little-endian unsigned integer at offset `o` of `b`, as a double: zip64 sizes
 * and offsets, exact below 2^53 (far beyond any archive held in memory).
 */
export function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}
