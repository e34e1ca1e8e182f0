/**
 * The compact layout of large tables (shared strings continuing the input's table, cells
 * without the `r` a reader infers) through LibreOffice and openpyxl (`npx jest --config
 * jest.interop.config.js -i test/interop/compactRoundTrip.test.ts`): with every table
 * forced compact, the result workbook reads back in openpyxl equal to the JSON result to
 * the cent, LibreOffice re-saves it without error, the re-save passes the validity
 * harness and reads back equal too.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as engine from '../../src/engine';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { writeXlsxWithPlan } from '../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { computeOutput, withPrefixedMainNamespace } from '../workbook/xlsx/validity/computeOutput';
import { expectRoundTrip } from './support/expectRoundTrip';
import type { ResultJson } from './support/roundTrip';

const ROOT = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'qp-interop-compact-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sample = (): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'assets/sample.xlsx')));
const inputs: [string, () => Uint8Array][] = [
  ['assets/sample.xlsx (exceljs)', sample],
  ['sample, x:-prefixed (Open XML SDK style)', () => withPrefixedMainNamespace(sample())],
];

describe.each(inputs)('compact result of %s', (label, bytes) => {
  it('reads back in openpyxl and LibreOffice’s re-save equal to the JSON to the cent', async () => {
    const input = bytes();
    const run = await computeOutput(input);
    expect(run.code).toBe(0);
    const outcome = engine.runQuotePart(readXlsxWorkbookSync(input), {
      generatedAt: '2026-01-01T00:00:00.000Z',
      version: 'test',
      source: 'entree.xlsx',
      host: 'cli',
    });
    const output = writeXlsxWithPlan(input, outcome.plan as engine.WritePlan, {
      compactFromRows: 1,
    });
    const name = `compact-${label.replace(/[^\w.-]+/g, '_')}`;
    expectRoundTrip(work, name, output, run.json as ResultJson);
  });
});
