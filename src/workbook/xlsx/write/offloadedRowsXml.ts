/**
 * The rendering side of offloaded rows (offloadedRows.ts): turns row batches back into
 * the `<row>` elements the main thread's compact writer would have produced (sheetXml.ts:
 * the first cell of a row, and any cell after a gap, carry their reference; a row
 * without cells is left out): each cell written from its decided content as cellXml.ts
 * writes it, inline strings by the same writer.
 */
import {
  INLINE_TEXT_CLOSING,
  MAX_CELL_CHARS,
  ROW_CLOSING,
  hasEdgeSpace,
  inlineCellWriter,
  inlineTextOpening,
  rowOpening,
  rowXml,
  withReference,
} from './cellXml';
import {
  INLINE,
  NUMBER,
  SAME,
  SHARED,
  type OffloadedLayout,
  type OffloadedRowBatch,
} from './offloadedRows';

/**
 * Texts at least this long that need no escaping are handed apart from the rest of their
 * row (`VerbatimRows`): shorter ones are not worth the two more pieces.
 */
export const VERBATIM_MIN_CHARS = 64;

// What needs escaping in XML text (cellXml.ts) or in a JSON string (jsonText.ts): one scan for both.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const VERBATIM_EXCEPTIONS = /[&<>"_\\\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * Whether a long inline text is written as it is both in its cell (between the cell's
 * opening and closing, no `xml:space`) and in a JSON string (between quotes).
 */
export function isVerbatimText(text: string): boolean {
  return (
    text.length >= VERBATIM_MIN_CHARS &&
    text.length <= MAX_CELL_CHARS &&
    !VERBATIM_EXCEPTIONS.test(text) &&
    !hasEdgeSpace(text)
  );
}

/**
 * Where a row holding a verbatim text (`isVerbatimText`, a base de liquidation) goes, as
 * `before + text + after`: the text is then encoded on its own, without being first
 * copied into the row's string (flattening a 450-character text into each row cost as
 * much as encoding it), and the JSON row can reuse the finding.
 */
export interface VerbatimRows {
  /** A row's XML, `before + text + after`. */
  readonly row: (before: string, text: string, after: string) => void;
  /** Per inline text of the batch (mark order), whether it was given apart: filled by `render`. */
  readonly verbatim: boolean[];
}

/** Renders the row batches of one part, in order (it remembers each column's last cell). */
export class OffloadedRowsRenderer {
  private readonly inline: ((value: string) => string)[];
  /** Per column, the inline cell's opening (`<c s="7" t="inlineStr"><is><t>`). */
  private readonly openings: string[];
  /** Per column, `<c s="7"><v>` and `<c s="7" t="s"><v>`. */
  private readonly numberMiddles: string[];
  private readonly sharedMiddles: string[];
  private readonly previous: string[];

  constructor(private readonly layout: OffloadedLayout) {
    this.inline = layout.heads.map(inlineCellWriter);
    this.openings = layout.heads.map(inlineTextOpening);
    this.numberMiddles = layout.heads.map((head) => `${head}><v>`);
    this.sharedMiddles = layout.heads.map((head) => `${head} t="s"><v>`);
    this.previous = layout.heads.map(() => '');
  }

  /**
   * Gives `out` each row's XML; `text()` is the batch's next inline text. With `apart`, a
   * row's first verbatim text goes with its row to `apart.row` instead (same bytes once
   * encoded), and `apart.verbatim` says which texts did.
   */
  render(
    batch: Omit<OffloadedRowBatch, 'texts' | 'jsonValues'>,
    text: () => string,
    out: (piece: string) => void,
    apart: VerbatimRows | null = null,
  ): void {
    const { letters } = this.layout;
    const { marks, numbers, shared, count } = batch;
    const { inline, previous, numberMiddles, sharedMiddles, openings } = this;
    const width = letters.length;
    if (apart !== null) apart.verbatim.length = 0;
    let at = 0;
    let nextNumber = 0;
    let nextShared = 0;
    for (let r = 0; r < count; r++) {
      const rowText = String(batch.firstRow + r);
      let xml = '';
      let before = -2;
      // The verbatim text of the row and the XML before it, once there is one.
      let verbatim: string | null = null;
      let head = '';
      for (let index = 0; index < width; index++) {
        const mark = marks[at + index];
        let cell: string;
        if (mark === SAME) cell = previous[index] as string;
        else if (mark === NUMBER)
          cell = (numberMiddles[index] as string) + (numbers[nextNumber++] as string) + '</v></c>';
        else if (mark === SHARED)
          cell =
            (sharedMiddles[index] as string) + String(shared[nextShared++] as number) + '</v></c>';
        else if (mark === INLINE) {
          const value = text();
          const apartText = apart !== null && verbatim === null && isVerbatimText(value);
          if (apart !== null) apart.verbatim.push(apartText);
          if (apartText) {
            const opening = openings[index] as string;
            previous[index] = opening + value + INLINE_TEXT_CLOSING;
            head =
              xml +
              (index === before + 1
                ? opening
                : withReference(opening, (letters[index] as string) + rowText));
            verbatim = value;
            xml = INLINE_TEXT_CLOSING;
            before = index;
            continue;
          }
          cell = (inline[index] as (value: string) => string)(value);
        } else continue;
        previous[index] = cell;
        xml +=
          index === before + 1 ? cell : withReference(cell, (letters[index] as string) + rowText);
        before = index;
      }
      at += width;
      if (verbatim !== null)
        (apart as VerbatimRows).row(
          rowOpening(rowText, undefined) + head,
          verbatim,
          xml + ROW_CLOSING,
        );
      else if (xml !== '') out(rowXml(rowText, undefined, xml));
    }
  }
}
