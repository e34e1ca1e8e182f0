/**
 * `npm run bench:verbatim`: what the JSON worker spends rendering titre rows (the sheet's
 * XML in UTF-8 chunks and the `--json` rows in a file buffer), with each base de
 * liquidation handed apart from its row (`VerbatimRows`) against the same rows written
 * whole (the path every row took before), alternated in one process. The rows imitate
 * the 35,000-member benchmark's: 12 columns, numbers, shared strings and a 450-character
 * base de liquidation with narrow no-break spaces. Prints each round and the ratio of
 * the medians; the two ways must give the same bytes.
 */
import {
  OffloadedRowsRenderer,
  type VerbatimRows,
} from '../../src/workbook/xlsx/write/offloadedRowsXml';
import {
  INLINE,
  NUMBER,
  SHARED,
  type OffloadedLayout,
  type OffloadedRowBatch,
} from '../../src/workbook/xlsx/write/offloadedRows';
import { CHUNK_BYTES, Utf8Chunker } from '../../src/workbook/xlsx/zip/utf8Chunker';
import { crc32 } from '../../src/workbook/xlsx/zip/deflateCodec';
import { ProjectedJsonRows } from '../../src/cli/json/projectedJsonRows';
import { JsonDocumentText } from '../../src/cli/json/jsonDocumentText';
import { TITRES_JSON_ROWS } from '../../src/engine/output/sheets/titresSheet';

const WIDTH = 12;
const ROWS_PER_BATCH = 4096;
const BATCHES = 24;
const ROUNDS = 7;

const LETTERS = 'ABCDEFGHIJKL'.split('');
const LAYOUT: OffloadedLayout = {
  letters: LETTERS,
  heads: LETTERS.map((_, i) => `<c s="${i + 3}"`),
  json: TITRES_JSON_ROWS,
};

/** A base de liquidation as the benchmark's titres carry (figures varying by row). */
function liquidation(i: number): string {
  return (
    `Service commun « Messagerie » (CGCT L5211-4-2) : part = 60\u202f% × Population ${1000 + (i % 900)} × 365\u202fj / 25 280 400 426 + ` +
    `40\u202f% × Agents ${i % 97} × 365\u202fj / 383 143 934 ≈\u202f0,0027\u202f% ; 15 570 582,50\u202f€ × part ≈\u202f421,876624\u202f€, ` +
    `arrondi à 0,01\u202f€ : ${i % 1000},88\u202f€ ; facturé 421,88\u202f€ ; exercice 2026 : 421,88\u202f€ ; ` +
    'convention Convention de banc d’essai n° 1 ; titre de la période 2026.'
  );
}

type Batch = Omit<OffloadedRowBatch, 'texts'> & { readonly inline: string[] };

/** One batch of titre-like rows: numbers in the numeric columns, shared strings in the labels, the base inline. */
function batch(b: number): Batch {
  const marks = new Uint8Array(ROWS_PER_BATCH * WIDTH);
  const shared = new Int32Array(ROWS_PER_BATCH * WIDTH);
  const numbers: string[] = [];
  const jsonValues: string[] = [];
  const inline: string[] = [];
  let sharedCount = 0;
  for (let r = 0; r < ROWS_PER_BATCH; r++) {
    const i = b * ROWS_PER_BATCH + r;
    for (let c = 0; c < WIDTH; c++) {
      const at = r * WIDTH + c;
      if (c === 11) {
        marks[at] = INLINE;
        inline.push(liquidation(i));
      } else if (c === 0 || c === 1 || c === 2 || c === 9 || c === 10) {
        marks[at] = NUMBER;
        const value = c === 9 ? `${i % 5000}.25` : String(i % 97);
        numbers.push(value);
        if (c === 0 || c === 1 || c === 9) jsonValues.push(value);
      } else {
        marks[at] = SHARED;
        shared[sharedCount++] = i % 300;
        if (c === 3 || c === 4 || c === 6 || c === 8) jsonValues.push(`Commune ${i % 300}`);
      }
    }
  }
  return {
    firstRow: 2 + b * ROWS_PER_BATCH,
    count: ROWS_PER_BATCH,
    marks,
    numbers,
    shared,
    jsonValues,
    inline,
  };
}

/** Renders every batch, whole or with the bases apart; returns the time, the bytes and their CRC-32. */
function render(
  batches: readonly Batch[],
  apartOn: boolean,
): { ms: number; bytes: number; crc: number } {
  const renderer = new OffloadedRowsRenderer(LAYOUT);
  const json = new ProjectedJsonRows(TITRES_JSON_ROWS, WIDTH);
  const slots = [Buffer.alloc(CHUNK_BYTES), Buffer.alloc(CHUNK_BYTES)];
  let taken = 0;
  let bytes = 0;
  let crc = 0;
  const chunker = new Utf8Chunker(
    () => slots[taken++ % 2] as Buffer,
    (chunk) => {
      bytes += chunk.length;
      crc = crc32(chunk, crc);
    },
  );
  // The JSON file's buffer, as Utf8FileWriter fills it (the file itself left out).
  const file = Buffer.alloc(1 << 22);
  let used = 0;
  const flush = (): void => {
    bytes += used;
    crc = crc32(file.subarray(0, used), crc);
    used = 0;
  };
  const write = (piece: string): void => {
    if (used + piece.length * 3 > file.length) flush();
    used += file.write(piece, used, 'utf8');
  };
  const writeAround = (before: string, text: string, after: string): void => {
    if (used + (before.length + text.length + after.length) * 3 > file.length) flush();
    used += file.write(before, used, 'utf8');
    used += file.write(text, used, 'utf8');
    used += file.write(after, used, 'utf8');
  };
  const document = new JsonDocumentText(['titres'], write, writeAround);
  const apart: VerbatimRows = {
    row: (before, text, after) => chunker.pushAround(before, text, after),
    verbatim: [],
  };
  const start = process.hrtime.bigint();
  for (const b of batches) {
    let next = 0;
    renderer.render(
      b,
      () => b.inline[next++] as string,
      (piece) => chunker.push(piece),
      apartOn ? apart : null,
    );
    json.write(
      b,
      b.inline,
      (row) => document.rowText(0, row),
      apartOn
        ? {
            verbatim: apart.verbatim,
            row: (before, text, after) => document.rowTextAround(0, before, text, after),
          }
        : null,
    );
  }
  chunker.end();
  flush();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, bytes, crc };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

function main(): void {
  const batches = Array.from({ length: BATCHES }, (_, b) => batch(b));
  const whole: number[] = [];
  const apart: number[] = [];
  let reference: { bytes: number; crc: number } | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    for (const apartOn of [false, true]) {
      const result = render(batches, apartOn);
      reference ??= result;
      if (result.bytes !== reference.bytes || result.crc !== reference.crc)
        throw new Error('les deux façons ne donnent pas les mêmes octets');
      (apartOn ? apart : whole).push(result.ms);
    }
  }
  const rows = BATCHES * ROWS_PER_BATCH;
  console.log(
    `${rows} lignes de titres, ${(reference?.bytes ?? 0) / 1e6} Mo (XML + JSON), mêmes octets et même CRC-32 des deux façons`,
  );
  console.log(
    `lignes entières (ms)  : ${whole.map((t) => t.toFixed(0)).join(' ')} ; médiane ${median(whole).toFixed(0)}`,
  );
  console.log(
    `bases à part (ms)     : ${apart.map((t) => t.toFixed(0)).join(' ')} ; médiane ${median(apart).toFixed(0)}`,
  );
  console.log(`ratio à part / entières : ${(median(apart) / median(whole)).toFixed(3)}`);
}

main();
