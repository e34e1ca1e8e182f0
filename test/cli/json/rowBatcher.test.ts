import fc from 'fast-check';
import { JsonDocumentText } from '../../../src/cli/json/jsonDocumentText';
import { elementText } from '../../../src/cli/json/jsonText';
import type { RowBatch } from '../../../src/cli/json/jsonWorkerMessages';
import { LONG_TEXT, RowBatcher } from '../../../src/cli/json/rowBatcher';
import { sharedRing, TextRing } from '../../../src/cli/json/textRing';
import { writeRowBatch } from '../../../src/cli/json/writeRowBatch';

const scalar = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'binary', minLength: LONG_TEXT, maxLength: LONG_TEXT + 40 }),
  fc.constantFrom('Référence', 'Messagerie', '« a » € ’'),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
);
const field = fc.constantFrom('scenario', 'member', 'amount', 'liquidation', 'x');
/** Rows mostly of one shape with repeated values, sometimes of another shape, nested or not an object. */
const row = fc
  .oneof(
    { weight: 6, arbitrary: fc.tuple(scalar, scalar, fc.constantFrom('A', 'B')) },
    { weight: 1, arbitrary: fc.dictionary(field, scalar, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.anything() },
  )
  .map((value) =>
    Array.isArray(value) && value.length === 3 && (value[2] === 'A' || value[2] === 'B')
      ? { scenario: value[2], member: value[0], liquidation: value[1] }
      : value,
  );

/** The document text of one key's rows when batched, passed through the ring, and written back. */
function throughBatches(rows: unknown[], batchRows: number, ringBytes: number): string {
  const shared = sharedRing(ringBytes);
  const worker = new TextRing(shared);
  let out = '';
  const text = new JsonDocumentText(['rows'], (piece) => (out += piece));
  const batches: RowBatch[] = [];
  const batcher = new RowBatcher(
    (batch) => batches.push(structuredClone(batch)),
    new TextRing(shared),
    batchRows,
  );
  for (const item of rows) {
    batcher.row(0, item);
    // The worker writes a batch as soon as it is posted (so the ring empties as it would).
    for (const batch of batches.splice(0)) writeRowBatch(text, batch, worker);
  }
  batcher.flush();
  for (const batch of batches.splice(0)) writeRowBatch(text, batch, worker);
  text.end();
  return out;
}

/** The same rows written one by one on one thread. */
function direct(rows: unknown[]): string {
  let out = '';
  const text = new JsonDocumentText(['rows'], (piece) => (out += piece));
  text.begin(0);
  for (const item of rows) text.rowText(0, elementText(item));
  text.end();
  return out;
}

describe('RowBatcher and writeRowBatch', () => {
  it('give exactly the text of the rows written one by one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(512, 1 << 16),
        (rows, batchRows, ringBytes) => {
          expect(throughBatches(rows, batchRows, ringBytes)).toBe(direct(rows));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is JSON.stringify for result-like rows', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({
      number: 1 + Math.floor(i / 10),
      line: 1 + (i % 10),
      debtor: `Commune ${Math.floor(i / 10)}`,
      amount: `${i}.5${i % 3}`,
      liquidation: `Service « ${i % 4} » : part = ${i} × 365 j ≈ 0,0027 % ; ${'x'.repeat(LONG_TEXT)} \ud800 "q"`,
    }));
    expect(throughBatches(rows, 8, 2048)).toBe(JSON.stringify({ rows }, null, 2));
  });

  it('sends repeated values once and long texts through the ring', () => {
    const batches: RowBatch[] = [];
    const batcher = new RowBatcher((batch) => batches.push(batch), new TextRing(sharedRing(4096)));
    const long = 'l'.repeat(LONG_TEXT);
    batcher.row(0, { scenario: 'S', member: 'A', liquidation: long });
    batcher.row(0, { scenario: 'S', member: 'B', liquidation: `${long}2` });
    batcher.row(0, { other: 1 });
    batcher.flush();
    expect(batches).toHaveLength(1);
    const [batch] = batches as [RowBatch];
    expect(batch.values).toEqual(['S', 'A', 'B']);
    expect(Array.from(batch.fresh)).toEqual([1, 1, 2, 0, 1, 2]);
    expect(batch.longLengths).toEqual([LONG_TEXT, LONG_TEXT + 1]);
    expect(batch.textAt).toEqual([2]);
    expect(batch.texts).toEqual([elementText({ other: 1 })]);
  });
});
