/**
 * UTF-8 encoding of a string into bytes, written here so that the engine needs no
 * platform API (`TextEncoder`, `Buffer`); a lone surrogate becomes U+FFFD. Two passes
 * (length, then bytes) so that a file of tens of megabytes is one typed array.
 */

/** Code point starting at `i`, U+FFFD for a lone surrogate (a pair counts as one, at its high half). */
function codePoint(text: string, i: number): number {
  const cu = text.charCodeAt(i);
  if (cu < 0xd800 || cu > 0xdfff) return cu;
  if (cu <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 0x10000 + ((cu - 0xd800) << 10) + (low - 0xdc00);
  }
  return 0xfffd;
}

/** UTF-8 bytes of `text`, preceded by the byte order mark EF BB BF when `bom` is set. */
export function encodeUtf8(text: string, bom: boolean): Uint8Array {
  let length = bom ? 3 : 0;
  for (let i = 0; i < text.length; i++) {
    const cp = codePoint(text, i);
    if (cp < 0x80) length += 1;
    else if (cp < 0x800) length += 2;
    else if (cp < 0x10000) length += 3;
    else {
      length += 4;
      i++;
    }
  }
  const bytes = new Uint8Array(length);
  let o = 0;
  if (bom) {
    bytes[o++] = 0xef;
    bytes[o++] = 0xbb;
    bytes[o++] = 0xbf;
  }
  for (let i = 0; i < text.length; i++) {
    const cp = codePoint(text, i);
    if (cp < 0x80) bytes[o++] = cp;
    else if (cp < 0x800) {
      bytes[o++] = 0xc0 | (cp >> 6);
      bytes[o++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      bytes[o++] = 0xe0 | (cp >> 12);
      bytes[o++] = 0x80 | ((cp >> 6) & 0x3f);
      bytes[o++] = 0x80 | (cp & 0x3f);
    } else {
      bytes[o++] = 0xf0 | (cp >> 18);
      bytes[o++] = 0x80 | ((cp >> 12) & 0x3f);
      bytes[o++] = 0x80 | ((cp >> 6) & 0x3f);
      bytes[o++] = 0x80 | (cp & 0x3f);
      i++;
    }
  }
  return bytes;
}
