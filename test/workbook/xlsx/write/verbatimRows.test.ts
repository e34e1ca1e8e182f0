/**
 * Rows holding a long text that needs no escape are handed in three pieces (before, the
 * text, after) so that the text is encoded on its own: the pieces must join into the very
 * row the renderer writes whole, the chunks and the JSON file must be byte for byte those
 * of the whole pieces, and a text is only called verbatim when both the cell writer and
 * the JSON string write it as it is.
 */
import * as fc from 'fast-check';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  INLINE_TEXT_CLOSING,
  inlineCellWriter,
  inlineTextOpening,
} from '../../../../src/workbook/xlsx/write/cellXml';
import {
  OffloadedRowsRenderer,
  VERBATIM_MIN_CHARS,
  isVerbatimText,
  type VerbatimRows,
} from '../../../../src/workbook/xlsx/write/offloadedRowsXml';
import {
  ABSENT,
  INLINE,
  NUMBER,
  SAME,
  SHARED,
  type OffloadedLayout,
} from '../../../../src/workbook/xlsx/write/offloadedRows';
import { CHUNK_BYTES, Utf8Chunker } from '../../../../src/workbook/xlsx/zip/utf8Chunker';
import { jsonString } from '../../../../src/cli/json/jsonText';
import { Utf8FileWriter } from '../../../../src/cli/json/utf8FileWriter';
import { ProjectedJsonRows } from '../../../../src/cli/json/projectedJsonRows';

const LONG = `${'Service commun « Messagerie » : part ≈\u202f0,0027\u202f% ; 421,88\u202f€. '.repeat(2)}fin`;

/** Texts of every kind: short, long and plain, long with what forbids verbatim. */
const TEXT = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    LONG,
    `${LONG}"`,
    `${LONG}\\`,
    ` ${LONG}`,
    `${LONG}\t`,
    `${LONG}_x0041_`,
    `${LONG}<&>`,
    `${LONG}\n`,
    `${LONG}\u0001`,
    `${LONG}\ud83d\ude00`,
    `${LONG}\ud800`,
    `${LONG}\ufffe`,
    'x'.repeat(40_000),
  ),
  fc.string({ minLength: VERBATIM_MIN_CHARS, maxLength: 200, unit: 'binary' }),
);

const LAYOUT: OffloadedLayout = {
  letters: ['A', 'B', 'C', 'D'],
  heads: ['<c s="3"', '<c s="4"', '<c s="5"', '<c s="6"'],
  json: {
    key: 'essai',
    fields: [
      { name: 'n', column: 0, number: true },
      { name: 'texte', column: 1, number: false },
      { name: 'indice', column: 2, number: false },
      { name: 'autre', column: 3, number: false },
    ],
  },
};

/** One cell of the batch: its mark and what it carries. */
const CELL = fc.oneof(
  fc.record({ mark: fc.constant(INLINE), text: TEXT }),
  fc.record({ mark: fc.constant(NUMBER), text: fc.constant('12.5') }),
  fc.record({ mark: fc.constant(SHARED), text: fc.constant('7') }),
  fc.record({ mark: fc.constant(SAME), text: fc.constant('') }),
  fc.record({ mark: fc.constant(ABSENT), text: fc.constant('') }),
);

type Cell = { mark: number; text: string };

/** A batch of rows of LAYOUT's four columns (a SAME first in its column becomes INLINE). */
function batchOf(rows: Cell[][]) {
  const width = LAYOUT.letters.length;
  const marks = new Uint8Array(rows.length * width);
  const shared = new Int32Array(rows.length * width);
  const numbers: string[] = [];
  const jsonValues: string[] = [];
  const texts: string[] = [];
  const seen = new Array<boolean>(width).fill(false);
  let sharedCount = 0;
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      let { mark } = cell;
      // SAME repeats a present cell of the previous row only.
      if (mark === SAME && (r === 0 || marks[(r - 1) * width + c] === ABSENT || !seen[c]))
        mark = INLINE;
      marks[r * width + c] = mark;
      if (mark !== ABSENT) seen[c] = true;
      if (mark === INLINE) texts.push(cell.text);
      else if (mark === NUMBER) {
        numbers.push(cell.text);
        jsonValues.push(cell.text);
      } else if (mark === SHARED) {
        shared[sharedCount++] = 7;
        jsonValues.push('Commune 7');
      }
    }),
  );
  return { firstRow: 2, count: rows.length, marks, numbers, shared, jsonValues, texts };
}

const ROWS = fc.array(fc.array(CELL, { minLength: 4, maxLength: 4 }), {
  minLength: 1,
  maxLength: 12,
});

describe('rows with a verbatim text', () => {
  it('call verbatim only a long text the cell and JSON.stringify write as it is', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        if (!isVerbatimText(text)) return;
        expect(text.length).toBeGreaterThanOrEqual(VERBATIM_MIN_CHARS);
        const head = '<c s="9"';
        expect(inlineCellWriter(head)(text)).toBe(
          inlineTextOpening(head) + text + INLINE_TEXT_CLOSING,
        );
        expect(jsonString(text)).toBe(JSON.stringify(text));
        expect(jsonString(text)).toBe(`"${text}"`);
      }),
      { numRuns: 400 },
    );
    expect(isVerbatimText(LONG)).toBe(true);
    expect(isVerbatimText(`${LONG}"`)).toBe(false);
    expect(isVerbatimText(` ${LONG}`)).toBe(false);
    expect(isVerbatimText('court')).toBe(false);
  });

  it('render, in three pieces, the rows and JSON rows written whole', () => {
    fc.assert(
      fc.property(ROWS, (rows) => {
        const batch = batchOf(rows);
        const render = (apartOn: boolean) => {
          const renderer = new OffloadedRowsRenderer(LAYOUT);
          const json = new ProjectedJsonRows(
            LAYOUT.json as NonNullable<OffloadedLayout['json']>,
            4,
          );
          const xml: string[] = [];
          const jsonRows: string[] = [];
          let given = 0;
          const apart: VerbatimRows = {
            row: (before, text, after) => {
              given++;
              expect(isVerbatimText(text)).toBe(true);
              xml.push(before + text + after);
            },
            verbatim: [],
          };
          let next = 0;
          renderer.render(
            batch,
            () => batch.texts[next++] as string,
            (piece) => xml.push(piece),
            apartOn ? apart : null,
          );
          if (apartOn) expect(apart.verbatim).toHaveLength(batch.texts.length);
          json.write(
            batch,
            batch.texts,
            (row) => jsonRows.push(row),
            apartOn
              ? {
                  verbatim: apart.verbatim,
                  row: (before, text, after) => jsonRows.push(before + text + after),
                }
              : null,
          );
          return { xml, jsonRows, given };
        };
        const whole = render(false);
        const apart = render(true);
        expect(apart.xml).toEqual(whole.xml);
        expect(apart.jsonRows).toEqual(whole.jsonRows);
        const rowsWithVerbatim = rows.filter((row) =>
          row.some((cell) => cell.mark === INLINE && isVerbatimText(cell.text)),
        ).length;
        expect(apart.given).toBe(rowsWithVerbatim);
      }),
      { numRuns: 300 },
    );
  });

  it('are cut into the chunks of the whole pieces, byte for byte', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 300 }), TEXT, fc.string({ maxLength: 300 })), {
          maxLength: 200,
        }),
        fc.integer({ min: 0, max: 3 }),
        (pieces, repeat) => {
          const chunks = (apartOn: boolean): string[] => {
            const out: string[] = [];
            const chunker = new Utf8Chunker(
              () => Buffer.alloc(CHUNK_BYTES),
              (chunk) => out.push(Buffer.from(chunk).toString('base64')),
            );
            for (let k = 0; k <= repeat; k++)
              for (const [before, text, after] of pieces)
                if (apartOn) chunker.pushAround(before, text, after);
                else chunker.push(before + text + after);
            chunker.end();
            return out;
          };
          expect(chunks(true)).toEqual(chunks(false));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('write the JSON file of the whole pieces, byte for byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qp-verbatim-'));
    try {
      const pieces = Array.from({ length: 30_000 }, (_, i): [string, string, string] => [
        `{"n": ${i}, "t": "`,
        i % 7 === 0 ? 'x'.repeat(2_000_000) : `${LONG}${i}`,
        `"}\n`,
      ]);
      const write = async (apartOn: boolean): Promise<Buffer> => {
        const path = join(dir, apartOn ? 'apart.json' : 'whole.json');
        const fd = openSync(path, 'w');
        const file = new Utf8FileWriter(fd);
        for (const [before, text, after] of pieces.slice(0, 60))
          if (apartOn) file.writeAround(before, text, after);
          else file.write(before + text + after);
        for (const [before, , after] of pieces.slice(60))
          if (apartOn) file.writeAround(before, LONG, after);
          else file.write(before + LONG + after);
        file.flush();
        closeSync(fd);
        return readFile(path);
      };
      const apart = await write(true);
      expect(apart.length).toBeGreaterThan(10_000_000);
      expect(apart.equals(await write(false))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
