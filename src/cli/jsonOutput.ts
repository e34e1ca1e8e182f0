/**
 * Writes the `--json` result. A 35,000-member run has more than 700,000 rows: one
 * `JSON.stringify` of the whole document would need gigabytes of heap, so the document is
 * produced row by row from the engine's row sequences (rows are built, written and
 * dropped), with exactly the text `JSON.stringify(value, null, 2)` gives for the same
 * arrays, and written in chunks to a temporary file renamed over the target (atomic, like
 * the workbook).
 */
import { ftruncateSync, writeSync } from 'node:fs';
import type { GeneratedRowObserver, ResultJsonRows } from '../engine';
import { writeAtomically } from '../workbook/xlsx/write/writeOutputFile';

function indented(value: unknown, prefix: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${prefix}`);
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

// Characters JSON.stringify escapes: quote, backslash, controls, lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify(text)`, without the call for the common text that needs no escape. */
function jsonString(text: string): string {
  return JSON_ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** `\n      "key": ` for each key met, built once. */
const keyPrefixes = new Map<string, string>();

function keyPrefix(key: string): string {
  let prefix = keyPrefixes.get(key);
  if (prefix === undefined) {
    prefix = `\n      ${JSON.stringify(key)}: `;
    keyPrefixes.set(key, prefix);
  }
  return prefix;
}

/**
 * An array element as `JSON.stringify(item, null, 2)` indented by four spaces. Rows are
 * flat objects of strings, numbers and nulls: written directly (several times faster than
 * stringify-then-reindent on a million rows); anything else goes through JSON.stringify.
 */
function elementText(item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item))
    return item === undefined ? 'null' : indented(item, '    ');
  const record = item as Record<string, unknown>;
  let text = '';
  for (const key in record) {
    const value = record[key];
    if (value === undefined || typeof value === 'function') continue;
    if (!isScalar(value)) return indented(item, '    ');
    text +=
      (text === '' ? '' : ',') +
      keyPrefix(key) +
      (typeof value === 'string' ? jsonString(value) : String(value));
  }
  return text === '' ? '{}' : `{${text}\n    }`;
}

/** Whether a property is a sequence of rows: an array, or any other iterable object. */
function isRowSequence(value: unknown): value is Iterable<unknown> {
  return (
    Array.isArray(value) ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function')
  );
}

/**
 * The text of `JSON.stringify(document, null, 2)` for a document whose keys are known in
 * advance, produced key after key: rows are pushed one at a time (and may come from
 * anywhere, e.g. while the workbook's sheets are generated), other values whole. Every
 * piece goes to `emit` at once.
 */
export class JsonDocumentText {
  /** Index of the key being written (-1 before the first). */
  private index = -1;
  /** Rows written under the current key (-1: its value was written whole). */
  private rows = 0;

  constructor(
    private readonly keys: readonly string[],
    private readonly emit: (piece: string) => void,
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
    this.moveTo(k);
    if (this.rows < 0) throw new RangeError(`la clé JSON ${k} est déjà écrite`);
    this.emit(`${this.rows === 0 ? '[\n    ' : ',\n    '}${elementText(item)}`);
    this.rows++;
  }

  /** Writes key `k` whole (a later key than the current one): row sequences row by row. */
  value(k: number, value: unknown): void {
    this.moveTo(k);
    if (isRowSequence(value)) {
      for (const item of value) this.row(k, item);
      return;
    }
    this.emit(`${indented(value, '  ')}${this.comma(k)}`);
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
function documentKeys(document: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(document).filter(
    (key) => document[key] !== undefined && typeof document[key] !== 'function',
  );
}

/**
 * The pieces of `JSON.stringify(document, null, 2)` for an object whose properties are
 * row sequences (arrays, or iterables written as arrays) or plain values, one piece per
 * element. Iterables are read once, element by element.
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

/** Size of the buffer the document is encoded into before each write. */
const WRITE_BUFFER_BYTES = 1 << 22;

/**
 * Writes text to an open file from its start, encoding each piece as UTF-8 straight into
 * one reused buffer written when full (concatenating pieces into a large string first
 * costs more: the concatenation has to be flattened before it is encoded).
 */
class Utf8FileWriter {
  private readonly buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  private used = 0;
  private position = 0;

  constructor(private readonly fd: number) {}

  readonly write = (piece: string): void => {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.used + piece.length * 3 > WRITE_BUFFER_BYTES) {
      this.flush();
      if (piece.length * 3 > WRITE_BUFFER_BYTES) {
        this.writeBytes(Buffer.from(piece, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(piece, this.used, 'utf8');
  };

  /** Writes what is buffered. */
  flush(): void {
    this.writeBytes(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Forgets everything written: the file is emptied and writing starts again at its beginning. */
  restart(): void {
    this.used = 0;
    this.position = 0;
    ftruncateSync(this.fd, 0);
  }

  private writeBytes(bytes: Uint8Array): void {
    // writeSync may write fewer bytes than asked.
    for (let at = 0; at < bytes.length;) {
      const written = writeSync(this.fd, bytes, at, bytes.length - at, this.position);
      at += written;
      this.position += written;
    }
  }
}

/** Writes a JSON document as `JSON.stringify(document, null, 2)` plus a newline, atomically. */
export async function writeJsonFile(path: string, document: object): Promise<void> {
  await writeAtomically(path, (fd) => {
    const file = new Utf8FileWriter(fd);
    for (const piece of jsonDocumentPieces(document as Readonly<Record<string, unknown>>))
      file.write(piece);
    file.write('\n');
    file.flush();
  });
}

/** What `writeJsonWithWorkbook` needs from a valid run. */
export interface StreamedRun {
  readonly jsonRows: () => ResultJsonRows;
  readonly observeGeneratedRows: (observer: GeneratedRowObserver | null) => void;
  /** Rows the quote-parts and titres tables have. */
  readonly counts: { readonly quoteParts: number; readonly titres: number };
}

/**
 * Writes the `--json` document of a valid run in the same pass as the workbook: while
 * `writeWorkbook` generates the quote-parts and titres sheets, the engine hands each row,
 * as its JSON row, to this writer; the smaller arrays are written afterwards. When the
 * pass did not hand every row in order (the workbook writer changed, a sheet was left
 * out), the document is written again, whole, from the run's row sequences. The JSON file
 * is renamed into place after the workbook, only if both succeeded.
 */
export async function writeJsonWithWorkbook<T>(
  path: string,
  run: StreamedRun,
  writeWorkbook: () => Promise<T>,
): Promise<T> {
  return writeAtomically(path, async (fd) => {
    const file = new Utf8FileWriter(fd);
    const rows = run.jsonRows();
    const keys = Object.keys(rows) as (keyof ResultJsonRows)[];
    const text = new JsonDocumentText(keys, file.write);
    const seen = { quoteParts: 0, titres: 0 };
    let inOrder = keys[0] === 'quoteParts' && keys[1] === 'titres';
    run.observeGeneratedRows((key, row) => {
      if (!inOrder) return;
      const k = key === 'quoteParts' ? 0 : 1;
      if (k < text.currentKey) {
        inOrder = false;
        return;
      }
      text.row(k, row);
      seen[key]++;
    });
    let result: T;
    try {
      result = await writeWorkbook();
    } finally {
      run.observeGeneratedRows(null);
    }
    if (inOrder && seen.quoteParts === run.counts.quoteParts && seen.titres === run.counts.titres) {
      text.begin(1);
      for (let k = 2; k < keys.length; k++) text.value(k, rows[keys[k] as keyof ResultJsonRows]);
      text.end();
    } else {
      file.restart();
      for (const piece of jsonDocumentPieces(rows)) file.write(piece);
    }
    file.write('\n');
    file.flush();
    return result;
  });
}
