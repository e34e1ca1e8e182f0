/**
 * One part of the output package, in writing order: copied from the input still
 * compressed, given whole as text, or streamed piece by piece as it is generated.
 */
import type { ZipEntry } from '../zip/zipArchive';

/** A part of the output package (see the module comment). */
export type OutputPart =
  | { readonly kind: 'copy'; readonly entry: ZipEntry }
  | { readonly kind: 'text'; readonly name: string; readonly xml: string }
  | { readonly kind: 'stream'; readonly name: string; readonly pieces: () => Iterable<string> };
