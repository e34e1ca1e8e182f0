/**
 * The text of `JSON.stringify(document, null, 2)` for a document whose keys are known in
 * advance, produced key after key with its row arrays row by row: a 35,000-member run has
 * more than 700,000 rows, and one `JSON.stringify` of the whole document would need
 * gigabytes of heap.
 */
import { elementText, indented } from './jsonText';

/** Whether a property is a sequence of rows: an array, or any other iterable object. */
export function isRowSequence(value: unknown): value is Iterable<unknown> {
  return (
    Array.isArray(value) ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function')
  );
}

/**
 * The document's text key after key: rows are pushed one at a time (and may come from
 * anywhere, e.g. while the workbook's sheets are generated, or already as text), other
 * values whole. Every piece goes to `emit` at once.
 */
export class JsonDocumentText {
  /** Index of the key being written (-1 before the first). */
  private index = -1;
  /** Rows written under the current key (-1: its value was written whole). */
  private rows = 0;

  constructor(
    private readonly keys: readonly string[],
    private readonly emit: (piece: string) => void,
    /** Receives a piece given as `before + text + after` (`rowTextAround`); by default, joined for `emit`. */
    private readonly emitAround: (before: string, text: string, after: string) => void = (
      before,
      text,
      after,
    ) => emit(before + text + after),
  ) {}

  /** Index of the key being written; -1 before the first. */
  get currentKey(): number {
    return this.index;
  }

  private comma(k: number): string {
    return k < this.keys.length - 1 ? ',\n' : '\n';
  }

  /** Closes the current key and opens the following ones up to `k` (a key given no rows is an empty array). */
  private moveTo(k: number): void {
    if (k < this.index || k >= this.keys.length)
      throw new RangeError(`clé JSON hors d'ordre : ${k}`);
    while (this.index < k) {
      if (this.index >= 0 && this.rows >= 0)
        this.emit(
          this.rows === 0 ? `[]${this.comma(this.index)}` : `\n  ]${this.comma(this.index)}`,
        );
      this.index++;
      this.rows = 0;
      this.emit(`${this.index === 0 ? '{\n' : ''}  ${JSON.stringify(this.keys[this.index])}: `);
    }
  }

  /** Starts key `k` (a later key than the current one), as an array whose rows come next. */
  begin(k: number): void {
    this.moveTo(k);
  }

  /** Appends a row to the array of key `k` (the current key or a later one). */
  row(k: number, item: unknown): void {
    this.rowText(k, elementText(item));
  }

  /** Appends a row given as its `elementText` to the array of key `k` (the current key or a later one). */
  rowText(k: number, text: string): void {
    this.moveTo(k);
    if (this.rows < 0) throw new RangeError(`la clé JSON ${k} est déjà écrite`);
    this.emit(`${this.rows === 0 ? '[\n    ' : ',\n    '}${text}`);
    this.rows++;
  }

  /** `rowText` of the text `before + text + after`, handed to `emitAround` in those three pieces. */
  rowTextAround(k: number, before: string, text: string, after: string): void {
    this.moveTo(k);
    if (this.rows < 0) throw new RangeError(`la clé JSON ${k} est déjà écrite`);
    this.emitAround(`${this.rows === 0 ? '[\n    ' : ',\n    '}${before}`, text, after);
    this.rows++;
  }

  /** Writes key `k` whole (a later key than the current one): row sequences row by row. */
  value(k: number, value: unknown): void {
    this.moveTo(k);
    if (isRowSequence(value)) {
      for (const item of value) this.row(k, item);
      return;
    }
    this.valueText(k, indented(value, '  '));
  }

  /** Writes key `k` (a later key than the current one) whole, given as its text indented by two spaces. */
  valueText(k: number, text: string): void {
    this.moveTo(k);
    this.emit(`${text}${this.comma(k)}`);
    this.rows = -1;
  }

  /** Ends the document (keys never reached are empty arrays). */
  end(): void {
    if (this.keys.length === 0) {
      this.emit('{}');
      return;
    }
    this.moveTo(this.keys.length - 1);
    if (this.rows >= 0) this.emit(this.rows === 0 ? '[]\n' : '\n  ]\n');
    this.emit('}');
  }
}

/** The keys of a document that JSON.stringify writes. */
export function documentKeys(document: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(document).filter(
    (key) => document[key] !== undefined && typeof document[key] !== 'function',
  );
}

/**
 * The pieces of `JSON.stringify(document, null, 2)` for an object whose properties are
 * row sequences (arrays, or iterables written as arrays) or plain values. Iterables are
 * read once, element by element.
 */
export function* jsonDocumentPieces(
  document: Readonly<Record<string, unknown>>,
): Generator<string> {
  const keys = documentKeys(document);
  const pending: string[] = [];
  const text = new JsonDocumentText(keys, (piece) => pending.push(piece));
  for (let k = 0; k < keys.length; k++) {
    const value = document[keys[k] as string];
    if (!isRowSequence(value)) text.value(k, value);
    else {
      text.begin(k);
      for (const item of value) {
        text.row(k, item);
        yield* pending.splice(0);
      }
    }
    yield* pending.splice(0);
  }
  text.end();
  yield* pending.splice(0);
}
