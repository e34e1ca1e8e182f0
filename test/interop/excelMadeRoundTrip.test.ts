/**
 * Round trip of the Excel-made corpus (test/fixtures/excel-made/, the sample grafted into
 * each workbook) through LibreOffice and openpyxl (`npm run test:interop`): the result
 * workbook opens and re-saves in LibreOffice headless without error, the re-save passes
 * the validity harness, and the `QP_` tables read back with openpyxl, from the result and
 * from the re-save, equal the JSON result to the cent. openpyxl's warnings about the
 * host workbook itself (extensions it does not read) are the host's: only new ones fail.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graftSample } from '../workbook/xlsx/support/graftSample';
import { computeOutput } from '../workbook/xlsx/validity/computeOutput';
import { excelMadeWorkbooks } from '../workbook/xlsx/validity/excelMadeInputs';
import { checkPackage } from '../workbook/xlsx/validity/packageValidity';
import {
  expectTablesEqualJson,
  libreOfficeResave,
  openpyxlRead,
  type ResultJson,
} from './support/roundTrip';

const work = mkdtempSync(join(tmpdir(), 'qp-interop-excel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(excelMadeWorkbooks().map((w) => [w.label, w] as const))(
  'result of excel-made/%s + the sample',
  (label, workbook) => {
    it('re-saves in LibreOffice, stays valid, and reads back in openpyxl equal to the JSON to the cent', async () => {
      const name = label.replace(/[^\w.-]+/g, '_');
      const input = graftSample(workbook.bytes());
      const inputFile = join(work, `${name}-entree.xlsx`);
      writeFileSync(inputFile, input);
      const inherited = openpyxlRead(inputFile).warnings;
      const run = await computeOutput(input);
      expect(run.code).toBe(0);
      const file = join(work, `${name}.xlsx`);
      writeFileSync(file, run.output as Uint8Array);
      const json = run.json as ResultJson;
      expectTablesEqualJson(openpyxlRead(file), json, inherited);

      const resaved = libreOfficeResave(work, file, name);
      expect(checkPackage(resaved).failures).toEqual([]);
      const resavedFile = join(work, `${name}-libreoffice.xlsx`);
      writeFileSync(resavedFile, resaved);
      expectTablesEqualJson(openpyxlRead(resavedFile), json, inherited);
    });
  },
);
