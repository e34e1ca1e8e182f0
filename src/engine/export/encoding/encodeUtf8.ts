/**
 * UTF-8 encoding of a string into bytes, by the platform's `TextEncoder` (a JavaScript
 * standard API of Node and every browser, not a Node module): a lone surrogate becomes
 * U+FFFD, as the WHATWG Encoding standard says.
 */

/** Created on first use: nothing runs when the module is only imported. */
let encoder: { encode(text: string): Uint8Array } | null = null;

/** The byte order mark EF BB BF. */
const BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 bytes of `text`, preceded by the byte order mark EF BB BF when `bom` is set. */
export function encodeUtf8(text: string, bom: boolean): Uint8Array {
  const body = (encoder ??= new TextEncoder()).encode(text);
  if (!bom) return body;
  const bytes = new Uint8Array(body.length + BOM.length);
  bytes.set(BOM);
  bytes.set(body, BOM.length);
  return bytes;
}
