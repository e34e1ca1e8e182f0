import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonDocumentPieces, writeJsonFile } from '../../src/cli/jsonOutput';

const scalar = fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null), fc.boolean());
const flatRow = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), scalar, { maxKeys: 6 });
const document = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 10 }),
  fc.oneof(fc.array(flatRow, { maxLength: 5 }), fc.array(fc.anything(), { maxLength: 3 }), scalar, fc.object()),
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
    const doc = { quoteParts: [{ scenario: 'Référence', share: '0.5', unitCost: null, n: 3 }], titres: [], issues: [{ message: 'a "b"\n' }] };
    expect([...jsonDocumentPieces(doc)].join('')).toBe(JSON.stringify(doc, null, 2));
  });
});

describe('writeJsonFile', () => {
  it('writes the document and a final newline, leaving no temporary file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qp-json-'));
    try {
      const path = join(folder, 'r.json');
      await writeJsonFile(path, { a: [{ x: '1' }] });
      expect(await readFile(path, 'utf8')).toBe(`${JSON.stringify({ a: [{ x: '1' }] }, null, 2)}\n`);
      expect(await readdir(folder)).toEqual(['r.json']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
