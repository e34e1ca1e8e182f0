/**
 * Writes the `--json` result. A 35,000-member run has more than a million rows: one
 * `JSON.stringify` of the whole document would need gigabytes of heap, so the document is
 * produced row by row, with exactly the text `JSON.stringify(value, null, 2)` gives, and
 * written in chunks to a temporary file renamed over the target (atomic, like the workbook).
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { temporaryPathFor } from '../workbook/xlsx/write/writeOutputFile';

function indented(value: unknown, prefix: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${prefix}`);
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
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
    text += `${text === '' ? '' : ','}\n      ${JSON.stringify(key)}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  }
  return text === '' ? '{}' : `{${text}\n    }`;
}

/**
 * The pieces of `JSON.stringify(document, null, 2)` for an object whose properties are
 * arrays or plain values, one piece per array element.
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
    if (!Array.isArray(value) || value.length === 0) {
      yield `${head}${indented(value, '  ')}${comma}`;
      continue;
    }
    yield `${head}[\n`;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield `    ${elementText(item)}${i < value.length - 1 ? ',\n' : '\n'}`;
    }
    yield `  ]${comma}`;
  }
  yield '}';
}

/** Writes pieces of text to `path` atomically (temporary file in the same folder, then rename). */
export function writeTextPiecesAtomically(path: string, pieces: Iterable<string>): void {
  const temporary = temporaryPathFor(path);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx');
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= 1 << 20) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    writeSync(fd, pending);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was created.
    }
    throw error;
  }
}

/** Writes a JSON document as `JSON.stringify(document, null, 2)` plus a newline, atomically. */
export function writeJsonFile(path: string, document: Readonly<Record<string, unknown>>): void {
  writeTextPiecesAtomically(path, (function* () {
    yield* jsonDocumentPieces(document);
    yield '\n';
  })());
}
