/**
 * The text of a package part: its bytes decoded by their byte-order mark (UTF-16 when
 * marked, UTF-8 otherwise), and checked to be complete when its root element is given.
 */
import { isRootClosed } from '../xml/rootClosed';
import { entryBytes } from './entryBytes';
import { truncatedPart } from './zipPartErrors';
import type { ZipArchive } from './zipTypes';

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

/**
 * Bytes as text: UTF-16 (little or big endian) after its byte-order mark, UTF-8 otherwise
 * (the UTF-8 decoder drops a UTF-8 byte-order mark itself).
 */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return utf8Decoder.decode(bytes);
}
