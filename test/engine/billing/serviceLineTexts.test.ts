/**
 * The fast calculation texts of the titres are, word for word, the reference text
 * `calculationText(describeLine(…))` of every participant of every service: the sample
 * (base case and régularisation), seeded random workbooks (v1 and with every §6 part)
 * and a benchmark workbook (large key denominators, presence fractions, fees).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawWorkbook } from '../../../src/engine';
import { buildInputModel } from '../../../src/engine/parse/buildInputModel';
import { runComputation } from '../../../src/engine/compute/runComputation';
import { ProblemList } from '../../../src/engine/problems/problemList';
import { describeLine } from '../../../src/engine/billing/describeLine';
import { calculationText } from '../../../src/engine/calculation/calculationText';
import { ServiceLineTexts } from '../../../src/engine/billing/serviceLineTexts';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';
import {
  SAMPLE_TABLES,
  SAMPLE_REGULARISATION_TABLES,
} from '../../../src/workbook/sample/sampleData';
import { readXlsxWorkbookSync } from '../../../src/workbook/xlsx/read/readXlsxWorkbook';
import { generateRandomWorkbook } from '../../reference/generateRandomWorkbook';
import { ALL_V11_PARTS } from '../../reference/engineV11';
import { writeBenchWorkbook } from '../../../scripts/generate-bench-workbook';

/** Lines compared and lines written by the fast path; throws on the first difference. */
function compare(workbook: RawWorkbook): { lines: number; fast: number } {
  const problems = new ProblemList();
  const input = buildInputModel(workbook, problems);
  const result = input && !problems.hasErrors() ? runComputation(input, problems) : null;
  if (!input || !result || problems.hasErrors()) return { lines: 0, fast: 0 };
  let lines = 0;
  let fast = 0;
  for (const scenario of result.scenarios)
    for (const r of scenario.services) {
      const texts = new ServiceLineTexts(input, r);
      for (let j = 0; j < r.lines.length; j++) {
        const expected = calculationText(describeLine(input, r, j));
        const quick = texts.fastText(j);
        if (quick !== null) {
          fast++;
          expect({ service: r.service.name, j, text: quick }).toEqual({
            service: r.service.name,
            j,
            text: expected,
          });
        }
        expect(texts.text(j)).toBe(expected);
        lines++;
      }
    }
  return { lines, fast };
}

describe('fast calculation texts = the reference texts', () => {
  test('the sample and its régularisation', () => {
    const base = compare(sampleRawWorkbook(SAMPLE_TABLES));
    expect(base.fast).toBeGreaterThan(50);
    expect(compare(sampleRawWorkbook(SAMPLE_REGULARISATION_TABLES)).lines).toBeGreaterThan(0);
  });

  test.each(Array.from({ length: 40 }, (_, k) => 7301 + k))('random workbook %i', (seed) => {
    compare(generateRandomWorkbook(seed).workbook);
    compare(generateRandomWorkbook(seed, ALL_V11_PARTS).workbook);
  });

  test('a benchmark workbook of 600 members', async () => {
    const outPath = join(mkdtempSync(join(tmpdir(), 'line-texts-')), 'bench.xlsx');
    await writeBenchWorkbook({ members: 600, services: 10, outPath, billing: 'mixed' });
    const bytes = readFileSync(outPath);
    const workbook = readXlsxWorkbookSync(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
    const { lines, fast } = compare(workbook);
    expect(fast).toBeGreaterThan(lines / 2);
  });
});
