/**
 * Excel-made workbooks (test/fixtures/excel-made/) with the sample's input tables grafted
 * in, as a finance officer would add them to a workbook of theirs: the graft itself is a
 * valid package; `quote-part compute` succeeds without a single problem (merged cells,
 * pivots, charts… on the sheets it does not read must not warn); the result workbook
 * passes every check of the validity harness (namespaces, ECMA-376 schemas, unique table
 * ids and names, content types, relationships); and the results are exactly the
 * sample's own, to the cent.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { graftSample } from '../support/graftSample';
import { computeOutput } from './computeOutput';
import { excelMadeWorkbooks } from './excelMadeInputs';
import { checkPackage } from './packageValidity';

const SAMPLE = resolve(__dirname, '../../../../assets/sample.xlsx');
let sampleJson: unknown;

beforeAll(async () => {
  const run = await computeOutput(new Uint8Array(readFileSync(SAMPLE)));
  expect(run.code).toBe(0);
  sampleJson = run.json;
});

describe('Excel-made corpus', () => {
  const corpus = excelMadeWorkbooks();

  it('holds at least 30 workbooks from 5 sources', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((w) => w.label.split('/')[0])).size).toBe(5);
  });

  it.each(corpus.map((w) => [w.label, w] as const))(
    '%s + the sample: valid result, the sample’s results, no problem',
    async (_label, workbook) => {
      const host = workbook.bytes();
      const grafted = graftSample(host);
      expect(checkPackage(grafted, host).failures).toEqual([]);
      const run = await computeOutput(grafted);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(checkPackage(run.output as Uint8Array, grafted).failures).toEqual([]);
      expect(run.json).toEqual(sampleJson);
    },
  );
});
