/**
 * An ISO/IEC 29500 Strict workbook is refused with a located French message (exit 2,
 * nothing written) rather than given Transitional parts no application can mix with it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { computeOutput, rewriteParts } from '../validity/computeOutput';

const SAMPLE = new Uint8Array(readFileSync(resolve(__dirname, '../../../../assets/sample.xlsx')));
const TRANSITIONAL = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

it('refuses a Strict workbook, naming the part and saying how to convert it', async () => {
  const strict = rewriteParts(SAMPLE, (_name, xml) => xml.split(TRANSITIONAL).join(STRICT));
  const run = await computeOutput(strict);
  expect(run.code).toBe(2);
  expect(run.output).toBeNull();
  expect(run.err).toContain('« Feuille de calcul Open XML Strict » (partie xl/workbook.xml)');
  expect(run.err).toContain('« Classeur Excel (.xlsx) »');
});
