/**
 * Round trip of result workbooks through LibreOffice and openpyxl (`npm run
 * test:interop`; needs `soffice` and Debian's python3-openpyxl):
 *
 * - for the sample and the openpyxl / LibreOffice inputs kept under
 *   test/fixtures/xlsx/producers/ (the held-out openpyxl workbook included), the result
 *   workbook opened by LibreOffice headless is saved again without error, and that
 *   re-save passes the validity harness too;
 * - the `QP_` tables read back with openpyxl, from the result and from its LibreOffice
 *   re-save, equal the JSON result to the cent (quote-parts and titres), and openpyxl
 *   loads both without a warning.
 *
 * The result workbooks hold values only (no formula), so LibreOffice's recalculation
 * on load has nothing to change: the re-save is checked for what it writes.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { computeOutput, withPrefixedMainNamespace } from '../workbook/xlsx/validity/computeOutput';
import { expectRoundTrip } from './support/expectRoundTrip';
import type { ResultJson } from './support/roundTrip';

const ROOT = resolve(__dirname, '../..');
const PRODUCERS = join(ROOT, 'test/fixtures/xlsx/producers');

const work = mkdtempSync(join(tmpdir(), 'qp-interop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
const inputs: [string, () => Uint8Array][] = [
  ['assets/sample.xlsx (exceljs)', () => read(join(ROOT, 'assets/sample.xlsx'))],
  [
    'sample, x:-prefixed (Open XML SDK style)',
    () => withPrefixedMainNamespace(read(join(ROOT, 'assets/sample.xlsx'))),
  ],
  ...readdirSync(PRODUCERS)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f): [string, () => Uint8Array] => [`producers/${f}`, () => read(join(PRODUCERS, f))]),
];

describe.each(inputs)('result of %s', (label, bytes) => {
  it('re-saves in LibreOffice, stays valid, and reads back in openpyxl equal to the JSON to the cent', async () => {
    const input = bytes();
    const run = await computeOutput(input);
    expect(run.code).toBe(0);
    const name = label.replace(/[^\w.-]+/g, '_');
    expectRoundTrip(work, name, run.output as Uint8Array, run.json as ResultJson);
  });
});
