/**
 * Writes the `--json` result. A 35,000-member run has more than 700,000 rows: one
 * `JSON.stringify` of the whole document would need gigabytes of heap, so the document is
 * produced row by row from the engine's row sequences (rows are built, written and
 * dropped), with exactly the text `JSON.stringify(value, null, 2)` gives for the same
 * arrays, and written in chunks to a temporary file renamed over the target (atomic, like
 * the workbook).
 */
import { writeSync } from 'node:fs';
import { writeAtomically } from '../workbook/xlsx/write/writeOutputFile';

function indented(value: unknown, prefix: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${prefix}`);
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
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
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item === undefined ? 'null' : indented(item, '    ');
  const record = item as Record<string, unknown>;
  let text = '';
  for (const key in record) {
    const value = record[key];
    if (value === undefined || typeof value === 'function') continue;
    if (!isScalar(value)) return indented(item, '    ');
    text += (text === '' ? '' : ',') + keyPrefix(key) + (typeof value === 'string' ? jsonString(value) : String(value));
  }
  return text === '' ? '{}' : `{${text}\n    }`;
}

/** Whether a property is a sequence of rows: an array, or any other iterable object. */
function isRowSequence(value: unknown): value is Iterable<unknown> {
  return Array.isArray(value) || (typeof value === 'object' && value !== null && typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function');
}

/**
 * The pieces of `JSON.stringify(document, null, 2)` for an object whose properties are
 * row sequences (arrays, or iterables written as arrays) or plain values, one piece per
 * element. Iterables are read once, element by element.
 */
export function* jsonDocumentPieces(document: Readonly<Record<string, unknown>>): Generator<string> {
  const keys = Object.keys(document).filter((key) => document[key] !== undefined && typeof document[key] !== 'function');
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const value = document[key];
    const head = `  ${JSON.stringify(key)}: `;
    const comma = k < keys.length - 1 ? ',\n' : '\n';
    if (!isRowSequence(value)) {
      yield `${head}${indented(value, '  ')}${comma}`;
      continue;
    }
    let first = true;
    for (const item of value) {
      yield `${first ? `${head}[\n    ` : ',\n    '}${elementText(item)}`;
      first = false;
    }
    yield first ? `${head}[]${comma}` : `\n  ]${comma}`;
  }
  yield '}';
}

/** Size of the buffer the document is encoded into before each write. */
const WRITE_BUFFER_BYTES = 1 << 22;

/**
 * Writes pieces of text to an open file, encoding each piece as UTF-8 straight into one
 * reused buffer written when full (concatenating pieces into a large string first costs
 * more: the concatenation has to be flattened before it is encoded).
 */
function writePieces(fd: number, pieces: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  for (const piece of pieces) {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (used + piece.length * 3 > WRITE_BUFFER_BYTES) {
      writeAll(fd, buffer.subarray(0, used));
      used = 0;
      if (piece.length * 3 > WRITE_BUFFER_BYTES) {
        writeAll(fd, Buffer.from(piece, 'utf8'));
        continue;
      }
    }
    used += buffer.write(piece, used, 'utf8');
  }
  writeAll(fd, buffer.subarray(0, used));
}

/** Writes every byte (writeSync may write fewer than asked). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Writes a JSON document as `JSON.stringify(document, null, 2)` plus a newline, atomically. */
export async function writeJsonFile(path: string, document: object): Promise<void> {
  await writeAtomically(path, (fd) =>
    writePieces(
      fd,
      (function* () {
        yield* jsonDocumentPieces(document as Readonly<Record<string, unknown>>);
        yield '\n';
      })(),
    ),
  );
}
