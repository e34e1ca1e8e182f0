/**
 * The JSON worker's side of a row batch: each row's text, exactly what `elementText`
 * gives for the row the values came from, appended to the document. A field whose value
 * repeats the previous row's reuses its text.
 */
import type { JsonDocumentText } from './jsonDocumentText';
import { closedRow, fieldPrefix, scalarText } from './jsonText';
import { FROM_LONG, FROM_VALUES, type RowBatch } from './jsonWorkerMessages';
import type { TextRing } from './textRing';

/** Appends the rows of a batch to the document's array of key `batch.k`; releases its texts of the ring. */
export function writeRowBatch(text: JsonDocumentText, batch: RowBatch, ring: TextRing): void {
  const { k, fields, fresh, values, count, textAt, texts, longStarts, longLengths } = batch;
  let longNext = 0;
  const prefixes = fields.map(fieldPrefix);
  const n = prefixes.length;
  /** Text of each field in the previous row sent as values: prefix and value, '' when undefined. */
  const pieces: string[] = new Array<string>(n).fill('');
  let at = 0;
  let next = 0;
  let odd = 0;
  for (let r = 0; r < count; r++) {
    if (odd < textAt.length && textAt[odd] === r) {
      text.rowText(k, texts[odd++] as string);
      continue;
    }
    let row = '';
    for (let i = 0; i < n; i++) {
      const mark = fresh[at + i];
      if (mark === FROM_VALUES) {
        const value = values[next++];
        pieces[i] = value === undefined ? '' : (prefixes[i] as string) + scalarText(value);
      } else if (mark === FROM_LONG) {
        const long = ring.get(longStarts[longNext] as number, longLengths[longNext] as number);
        longNext++;
        pieces[i] = (prefixes[i] as string) + scalarText(long);
      }
      const piece = pieces[i] as string;
      if (piece !== '') row += (row === '' ? '' : ',') + piece;
    }
    at += n;
    text.rowText(k, closedRow(row));
  }
  if (longStarts.length > 0) ring.release(batch.longEnd);
}
