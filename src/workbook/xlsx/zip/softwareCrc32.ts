/**
 * CRC-32 (IEEE 802.3, the zip format's checksum) computed with a lookup table: the one
 * implementation for the browser codec and for Node versions without `zlib.crc32`.
 */

let crcTable: Uint32Array | null = null;

/** The 256-entry table of the reflected polynomial 0xEDB88320, built on first use. */
function table(): Uint32Array {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  return crcTable;
}

/** CRC-32 of `data`, continuing from `previous` (0 to start). */
export function softwareCrc32(data: Uint8Array, previous = 0): number {
  const t = table();
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++)
    crc = (t[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
