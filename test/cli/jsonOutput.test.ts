import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  JsonDocumentText,
  jsonDocumentPieces,
  writeJsonFile,
  writeJsonWithWorkbook,
  type StreamedRun,
} from '../../src/cli/jsonOutput';
import type {
  GeneratedRowObserver,
  QuotePartJson,
  ResultJsonRows,
  TitreJson,
} from '../../src/engine';

const scalar = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
  fc.boolean(),
);
const flatRow = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), scalar, { maxKeys: 6 });
const document = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 10 }),
  fc.oneof(
    fc.array(flatRow, { maxLength: 5 }),
    fc.array(fc.anything(), { maxLength: 3 }),
    scalar,
    fc.object(),
  ),
  { maxKeys: 7 },
);

describe('jsonDocumentPieces', () => {
  it('gives exactly the text of JSON.stringify(document, null, 2)', () => {
    fc.assert(
      fc.property(document, (doc) => {
        expect([...jsonDocumentPieces(doc)].join('')).toBe(JSON.stringify(doc, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('handles the result shape: arrays of rows, empty arrays, nulls', () => {
    const doc = {
      quoteParts: [{ scenario: 'Référence', share: '0.5', unitCost: null, n: 3 }],
      titres: [],
      issues: [{ message: 'a "b"\n' }],
    };
    expect([...jsonDocumentPieces(doc)].join('')).toBe(JSON.stringify(doc, null, 2));
  });
});

describe('writeJsonFile', () => {
  it('writes the document and a final newline, leaving no temporary file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qp-json-'));
    try {
      const path = join(folder, 'r.json');
      await writeJsonFile(path, { a: [{ x: '1' }] });
      expect(await readFile(path, 'utf8')).toBe(
        `${JSON.stringify({ a: [{ x: '1' }] }, null, 2)}\n`,
      );
      expect(await readdir(folder)).toEqual(['r.json']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('JsonDocumentText', () => {
  it('gives the text of JSON.stringify when rows are pushed one by one, then the rest whole (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(flatRow, { maxLength: 4 }), { minLength: 0, maxLength: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (arrays, pushed) => {
          const keys = arrays.map((_, k) => `k${k}`);
          const doc = Object.fromEntries(arrays.map((rows, k) => [`k${k}`, rows]));
          let out = '';
          const text = new JsonDocumentText(keys, (piece) => (out += piece));
          const split = Math.min(pushed, keys.length);
          for (let k = 0; k < split; k++) for (const row of arrays[k] ?? []) text.row(k, row);
          if (split > 0) text.begin(split - 1);
          for (let k = split; k < keys.length; k++) text.value(k, arrays[k]);
          text.end();
          expect(out).toBe(JSON.stringify(doc, null, 2));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a row for a key already closed', () => {
    const text = new JsonDocumentText(['a', 'b'], () => undefined);
    text.row(1, { x: 1 });
    expect(() => text.row(0, { x: 2 })).toThrow(RangeError);
  });
});

describe('writeJsonWithWorkbook', () => {
  const quoteParts = [
    { scenario: 'Référence', share: '0.5' },
    { scenario: 'Référence', share: '0.5' },
  ] as unknown as QuotePartJson[];
  const titres = [{ number: 1, liquidation: '« a » € ’' }] as unknown as TitreJson[];
  const rows = {
    quoteParts,
    titres,
    reductions: [],
    compensation: [{ member: 'A' }],
    comparison: [],
    checks: [],
    issues: [],
  } as unknown as ResultJsonRows;
  const expected = `${JSON.stringify(rows, null, 2)}\n`;

  function run(generate: (observer: GeneratedRowObserver) => void): {
    run: StreamedRun;
    workbook: () => Promise<string>;
  } {
    let observer: GeneratedRowObserver | null = null;
    return {
      run: {
        jsonRows: () => rows,
        observeGeneratedRows: (o) => (observer = o),
        counts: { quoteParts: 2, titres: 1 },
      },
      workbook: async () => {
        if (observer) generate(observer);
        return 'written';
      },
    };
  }

  async function written(generate: (observer: GeneratedRowObserver) => void): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), 'qp-json-'));
    try {
      const path = join(folder, 'r.json');
      const { run: streamed, workbook } = run(generate);
      expect(await writeJsonWithWorkbook(path, streamed, workbook)).toBe('written');
      expect(await readdir(folder)).toEqual(['r.json']);
      return await readFile(path, 'utf8');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  it('writes the rows handed while the workbook is generated, then the rest', async () => {
    expect(
      await written((o) =>
        [
          ...quoteParts.map((r) => () => o('quoteParts', r)),
          ...titres.map((r) => () => o('titres', r)),
        ].forEach((f) => f()),
      ),
    ).toBe(expected);
  });

  it('writes the document again, whole, when rows came incomplete or out of order', async () => {
    expect(await written((o) => o('quoteParts', quoteParts[0] as QuotePartJson))).toBe(expected);
    expect(
      await written((o) => [
        o('titres', titres[0] as TitreJson),
        o('quoteParts', quoteParts[0] as QuotePartJson),
        o('quoteParts', quoteParts[1] as QuotePartJson),
      ]),
    ).toBe(expected);
    expect(await written(() => undefined)).toBe(expected);
  });

  it('writes no JSON, and stops its worker, when a row cannot be written', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qp-json-'));
    try {
      const { run: streamed, workbook } = run((o) => {
        o('quoteParts', quoteParts[0] as QuotePartJson);
        o('quoteParts', { scenario: 1n } as unknown as QuotePartJson);
      });
      await expect(
        writeJsonWithWorkbook(join(folder, 'r.json'), streamed, workbook),
      ).rejects.toThrow(TypeError);
      expect(await readdir(folder)).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('writes no JSON when the workbook fails', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qp-json-'));
    try {
      const { run: streamed } = run(() => undefined);
      await expect(
        writeJsonWithWorkbook(join(folder, 'r.json'), streamed, () =>
          Promise.reject(new Error('disque plein')),
        ),
      ).rejects.toThrow('disque plein');
      expect(await readdir(folder)).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
