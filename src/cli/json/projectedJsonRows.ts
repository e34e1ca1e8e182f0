/**
 * The `--json` rows of an offloaded worksheet part whose table projects them
 * (`PlanTable.jsonRows`: the quote-parts and the titres), written on the JSON worker from the part's own row
 * batches: the main thread hands each titre line once, not once to the sheet and once to
 * the document. Each field is the value of its column, read through the batch's marks: a
 * SAME cell repeats the previous row's value, a NUMBER or SHARED cell's value is the next
 * of `jsonValues`, an INLINE cell's is its text, an empty cell is null; a label is
 * replaced by the code it stands for, when the field has codes. The text is
 * `elementText` of the row the engine gives (the engine's tests hold the projection to it).
 */
import type { JsonRowProjection } from '../../engine/plan/writePlan';
import {
  ABSENT,
  INLINE,
  SAME,
  type OffloadedRowBatch,
} from '../../workbook/xlsx/write/offloadedRows';
import { closedRow, fieldPrefix, jsonString } from './jsonText';

/** Writes the projected rows of one part, batch after batch (it remembers each field's last text). */
export class ProjectedJsonRows {
  /** Per column, the index of the field it gives, -1 for none. */
  private readonly fieldOf: Int32Array;
  private readonly prefixes: string[];
  private readonly numbers: boolean[];
  private readonly codes: (Readonly<Record<string, string>> | null)[];
  /** Per field, its text in the previous row (`,`-less: prefix and value). */
  private readonly pieces: string[];

  constructor(
    projection: JsonRowProjection,
    private readonly width: number,
  ) {
    this.fieldOf = new Int32Array(width).fill(-1);
    projection.fields.forEach((field, index) => {
      this.fieldOf[field.column] = index;
    });
    this.prefixes = projection.fields.map((field) => fieldPrefix(field.name));
    this.numbers = projection.fields.map((field) => field.number);
    this.codes = projection.fields.map((field) => field.codes ?? null);
    this.pieces = projection.fields.map(() => '');
  }

  /**
   * Gives `out` the text of each row of `batch`; `inline` are the batch's INLINE texts, in
   * mark order. With `apart`, a row whose field takes a text `verbatim` flags (one that
   * needs no escape) goes to `apart.row` as `before + text + after` instead, its first
   * such text given apart (the rendering thread encodes it on its own).
   */
  write(
    batch: Pick<OffloadedRowBatch, 'marks' | 'count' | 'jsonValues'>,
    inline: readonly string[],
    out: (rowText: string) => void,
    apart: {
      readonly verbatim: readonly boolean[];
      readonly row: (before: string, text: string, after: string) => void;
    } | null = null,
  ): void {
    const { marks, count, jsonValues } = batch;
    const { fieldOf, prefixes, numbers, codes, pieces, width } = this;
    const n = pieces.length;
    let at = 0;
    let nextInline = 0;
    let nextValue = 0;
    for (let r = 0; r < count; r++) {
      // The field whose text goes apart in this row, and the text.
      let apartField = -1;
      let apartText = '';
      for (let column = 0; column < width; column++) {
        const mark = marks[at + column];
        const inlineIndex = mark === INLINE ? nextInline++ : -1;
        const text = inlineIndex < 0 ? null : (inline[inlineIndex] as string);
        const field = fieldOf[column] as number;
        if (field < 0 || mark === SAME) continue;
        let value: string;
        if (mark === ABSENT) value = 'null';
        else {
          let raw = text ?? (jsonValues[nextValue++] as string);
          const labels = codes[field];
          if (labels != null && Object.prototype.hasOwnProperty.call(labels, raw))
            raw = labels[raw] as string;
          if (numbers[field] === true) value = raw;
          else if (
            apart !== null &&
            apartField < 0 &&
            raw === text &&
            apart.verbatim[inlineIndex] === true
          ) {
            apartField = field;
            apartText = raw;
            value = `"${raw}"`;
          } else value = jsonString(raw);
        }
        pieces[field] = (prefixes[field] as string) + value;
      }
      at += width;
      if (apartField >= 0) {
        let before = '{';
        for (let field = 0; field < apartField; field++)
          before += (field === 0 ? '' : ',') + (pieces[field] as string);
        before += (apartField === 0 ? '' : ',') + (prefixes[apartField] as string) + '"';
        let after = '"';
        for (let field = apartField + 1; field < n; field++)
          after += ',' + (pieces[field] as string);
        (apart as NonNullable<typeof apart>).row(before, apartText, `${after}\n    }`);
        continue;
      }
      let row = n === 0 ? '' : (pieces[0] as string);
      for (let field = 1; field < n; field++) row += ',' + (pieces[field] as string);
      out(closedRow(row));
    }
  }
}
