/**
 * The JSON worker's other job: rendering the rows of a large worksheet part the main
 * thread offloads (src/workbook/xlsx/write/offloadedRows.ts) and encoding the part into
 * UTF-8 chunks, cut as the zip writer cuts them, each with the running CRC-32. Chunks go
 * into the shared slots in turn; when every slot is still being deflated by the main
 * thread, this thread waits for one to be handed back (the main thread never waits on
 * this one but for chunks). A part whose table projects `--json` rows (quote-parts, titres) also
 * writes them into the document, from the same batches (projectedJsonRows.ts).
 */
import {
  OffloadedRowsRenderer,
  type VerbatimRows,
} from '../../workbook/xlsx/write/offloadedRowsXml';
import { crc32 } from '../../workbook/xlsx/zip/deflateCodec';
import { Utf8Chunker } from '../../workbook/xlsx/zip/utf8Chunker';
import type { JsonDocumentText } from './jsonDocumentText';
import type { PartBeginRequest, PartReply, PartRowsRequest } from './jsonWorkerMessages';
import { ProjectedJsonRows } from './projectedJsonRows';
import { TextRing } from './textRing';

/** How long one wait for a slot lasts before it looks again (ms). */
const SLOT_WAIT_MS = 1000;

/** One part being rendered on the worker. */
export class PartRendering {
  private readonly renderer: OffloadedRowsRenderer;
  private readonly slots: Buffer[];
  private readonly released: Int32Array;
  private readonly ring: TextRing;
  private readonly chunker: Utf8Chunker;
  /** Slots taken so far (the next chunk goes into slot `taken % slots.length`). */
  private taken = 0;
  private crc = 0;
  private readonly piece: (text: string) => void;
  /** Rows whose base de liquidation is encoded apart from the rest (one array reused per batch). */
  private readonly apart: VerbatimRows;
  /** The document's array the part's rows also give, with its key's index; null when none. */
  private readonly json: {
    readonly rows: ProjectedJsonRows;
    readonly text: JsonDocumentText;
    readonly k: number;
  } | null;

  constructor(
    request: PartBeginRequest,
    private readonly reply: (message: PartReply) => void,
    document: JsonDocumentText | null,
  ) {
    const projection = request.layout.json;
    this.json =
      request.jsonKey === null || projection === null || document === null
        ? null
        : {
            rows: new ProjectedJsonRows(projection, request.layout.letters.length),
            text: document,
            k: request.jsonKey,
          };
    this.renderer = new OffloadedRowsRenderer(request.layout);
    this.slots = request.slots.map((slot) => Buffer.from(slot));
    this.released = new Int32Array(request.released);
    this.ring = new TextRing(request.ring);
    this.chunker = new Utf8Chunker(
      () => this.nextSlot(),
      (chunk, own) => this.emit(chunk, own),
    );
    this.piece = (text) => this.chunker.push(text);
    this.apart = {
      row: (before, text, after) => this.chunker.pushAround(before, text, after),
      verbatim: [],
    };
  }

  /** Text that goes into the part as it is. */
  text(text: string): void {
    this.chunker.push(text);
  }

  /** Renders a row batch, then releases its ring texts and says so. */
  rows(request: PartRowsRequest): void {
    const { textStarts, textLengths, texts } = request;
    let next = 0;
    let cloned = 0;
    const json = this.json;
    const inline: string[] = [];
    const text = (): string => {
      const start = textStarts[next] as number;
      const length = textLengths[next] as number;
      next++;
      const value = start < 0 ? (texts[cloned++] as string) : this.ring.get(start, length);
      if (json !== null) inline.push(value);
      return value;
    };
    this.renderer.render(request, text, this.piece, this.apart);
    if (json !== null)
      json.rows.write(request, inline, (row) => json.text.rowText(json.k, row), {
        verbatim: this.apart.verbatim,
        row: (before, value, after) => json.text.rowTextAround(json.k, before, value, after),
      });
    this.ring.release(request.longEnd);
    this.reply({ type: 'rendered' });
  }

  /** Encodes the last chunk and says the part has ended. */
  end(): void {
    this.chunker.end();
    this.reply({ type: 'partEnded' });
  }

  /** The next slot, once the main thread has handed it back. */
  private nextSlot(): Buffer {
    const count = this.slots.length;
    for (;;) {
      const released = Atomics.load(this.released, 0);
      if (this.taken - released < count) break;
      Atomics.wait(this.released, 0, released, SLOT_WAIT_MS);
    }
    return this.slots[this.taken++ % count] as Buffer;
  }

  private emit(chunk: Uint8Array, own: boolean): void {
    this.crc = crc32(chunk, this.crc);
    if (own)
      this.reply({ type: 'chunk', slot: -1, length: chunk.length, bytes: chunk, crc: this.crc });
    else
      this.reply({
        type: 'chunk',
        slot: (this.taken - 1) % this.slots.length,
        length: chunk.length,
        bytes: null,
        crc: this.crc,
      });
  }
}
