/**
 * The rendering side of offloaded rows (offloadedRows.ts): turns row batches back into
 * the `<row>` elements the main thread's compact writer would have produced (sheetXml.ts:
 * the first cell of a row, and any cell after a gap, carry their reference; a row
 * without cells is left out): each cell written from its decided content as cellXml.ts
 * writes it, inline strings by the same writer.
 */
import { inlineCellWriter, rowXml, withReference } from './cellXml';
import {
  INLINE,
  NUMBER,
  SAME,
  SHARED,
  type OffloadedLayout,
  type OffloadedRowBatch,
} from './offloadedRows';

/** Renders the row batches of one part, in order (it remembers each column's last cell). */
export class OffloadedRowsRenderer {
  private readonly inline: ((value: string) => string)[];
  /** Per column, `<c s="7"><v>` and `<c s="7" t="s"><v>`. */
  private readonly numberMiddles: string[];
  private readonly sharedMiddles: string[];
  private readonly previous: string[];

  constructor(private readonly layout: OffloadedLayout) {
    this.inline = layout.heads.map(inlineCellWriter);
    this.numberMiddles = layout.heads.map((head) => `${head}><v>`);
    this.sharedMiddles = layout.heads.map((head) => `${head} t="s"><v>`);
    this.previous = layout.heads.map(() => '');
  }

  /** Gives `out` each row's XML; `text()` is the batch's next inline text. */
  render(
    batch: Omit<OffloadedRowBatch, 'texts' | 'jsonValues'>,
    text: () => string,
    out: (piece: string) => void,
  ): void {
    const { letters } = this.layout;
    const { marks, numbers, shared, count } = batch;
    const { inline, previous, numberMiddles, sharedMiddles } = this;
    const width = letters.length;
    let at = 0;
    let nextNumber = 0;
    let nextShared = 0;
    for (let r = 0; r < count; r++) {
      const rowText = String(batch.firstRow + r);
      let xml = '';
      let before = -2;
      for (let index = 0; index < width; index++) {
        const mark = marks[at + index];
        let cell: string;
        if (mark === SAME) cell = previous[index] as string;
        else if (mark === NUMBER)
          cell = (numberMiddles[index] as string) + (numbers[nextNumber++] as string) + '</v></c>';
        else if (mark === SHARED)
          cell =
            (sharedMiddles[index] as string) + String(shared[nextShared++] as number) + '</v></c>';
        else if (mark === INLINE) cell = (inline[index] as (value: string) => string)(text());
        else continue;
        previous[index] = cell;
        xml +=
          index === before + 1 ? cell : withReference(cell, (letters[index] as string) + rowText);
        before = index;
      }
      at += width;
      if (xml !== '') out(rowXml(rowText, undefined, xml));
    }
  }
}
