/**
 * A `RowsEncoder` that does the rendering thread's work in place (renderer, chunker,
 * running CRC), for the tests of offloaded worksheet parts; with `projecting`, it also
 * writes the `--json` rows a projecting table gives (src/cli/json/projectedJsonRows.ts),
 * as the CLI's JSON worker does.
 */
import { ProjectedJsonRows } from '../../../../src/cli/json/projectedJsonRows';
import type {
  OffloadedLayout,
  OffloadedRowBatch,
  RowsEncoder,
} from '../../../../src/workbook/xlsx/write/offloadedRows';
import { OffloadedRowsRenderer } from '../../../../src/workbook/xlsx/write/offloadedRowsXml';
import { crc32 } from '../../../../src/workbook/xlsx/zip/deflateCodec';
import { CHUNK_BYTES, Utf8Chunker } from '../../../../src/workbook/xlsx/zip/utf8Chunker';
import type { EncodedChunk } from '../../../../src/workbook/xlsx/zip/zipWriter';

/** The rendering thread's work, done in place; counts the parts it was given. */
export class InPlaceEncoder implements RowsEncoder {
  parts = 0;
  /** The `--json` rows written, by document key (with `projecting`). */
  readonly jsonRows = new Map<string, string[]>();
  private renderer: OffloadedRowsRenderer | null = null;
  private projected: { rows: ProjectedJsonRows; out: string[] } | null = null;
  private chunker: Utf8Chunker | null = null;
  private readonly ready: EncodedChunk[] = [];
  private crc = 0;
  private ended = false;
  private pendingRows = 0;
  private readonly texts: string[] = [];

  constructor(private readonly projecting = false) {}

  begin(layout: OffloadedLayout): boolean {
    this.parts++;
    this.renderer = new OffloadedRowsRenderer(layout);
    this.projected = null;
    if (this.projecting && layout.json !== null) {
      const out: string[] = [];
      this.jsonRows.set(layout.json.key, out);
      this.projected = { rows: new ProjectedJsonRows(layout.json, layout.letters.length), out };
    }
    this.crc = 0;
    this.ended = false;
    this.chunker = new Utf8Chunker(
      () => Buffer.alloc(CHUNK_BYTES),
      (chunk) => {
        this.crc = crc32(chunk, this.crc);
        this.ready.push({ bytes: chunk, crc: this.crc, release: () => undefined });
      },
    );
    return this.projected !== null;
  }
  piece(text: string): void {
    this.chunker?.push(text);
  }
  text(value: string): void {
    this.texts.push(value);
  }
  rows(batch: OffloadedRowBatch): void {
    const texts = this.texts.splice(0);
    let next = 0;
    this.pendingRows++;
    // As the JSON worker does: rows holding a verbatim text given in three pieces.
    const apart = {
      row: (before: string, text: string, after: string) =>
        this.chunker?.pushAround(before, text, after),
      verbatim: [] as boolean[],
    };
    (this.renderer as OffloadedRowsRenderer).render(
      batch,
      () => texts[next++] as string,
      (piece) => this.piece(piece),
      apart,
    );
    const projected = this.projected;
    if (projected !== null)
      projected.rows.write(batch, texts, (row) => projected.out.push(row), {
        verbatim: apart.verbatim,
        row: (before, text, after) => projected.out.push(before + text + after),
      });
    this.pendingRows--;
  }
  end(): void {
    this.chunker?.end();
    this.ended = true;
  }
  backlog(): number {
    return this.pendingRows;
  }
  take(): EncodedChunk | null | 'end' {
    return this.ready.shift() ?? (this.ended ? 'end' : null);
  }
  arrival(): Promise<void> {
    return Promise.reject(new Error('never waits: everything is rendered in place'));
  }
}
