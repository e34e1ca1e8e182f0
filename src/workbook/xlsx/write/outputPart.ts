/**
 * One part of the output package, in writing order: copied from the input still
 * compressed, given whole as text, or streamed piece by piece as it is generated.
 */
import type { ZipEntry } from '../zip/zipArchive';
import type { EncodedChunk } from '../zip/zipWriter';
import type { RowsEncoder } from './offloadedRows';

/** A part of the output package (see the module comment). */
export type OutputPart =
  | { readonly kind: 'copy'; readonly entry: ZipEntry }
  | { readonly kind: 'text'; readonly name: string; readonly xml: string }
  | {
      readonly kind: 'stream';
      readonly name: string;
      readonly pieces: () => Iterable<string>;
      /**
       * The same part's UTF-8 chunks, its rows rendered by `encoder`'s thread
       * (offloadedSheetPart.ts), for a writer that has one; absent when the part cannot be.
       */
      readonly offloaded?: (encoder: RowsEncoder) => AsyncIterable<EncodedChunk>;
    };
