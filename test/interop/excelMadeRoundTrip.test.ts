/**
 * Round trip of the Excel-made corpus (test/fixtures/excel-made/, the sample grafted into
 * each workbook) through LibreOffice and openpyxl (`npm run test:interop`): the result
 * workbook opens and re-saves in LibreOffice headless without error, the re-save passes
 * the validity harness, and the `QP_` tables read back with openpyxl, from the result and
 * from the re-save, equal the JSON result to the cent. openpyxl's warnings about the
 * host workbook itself (extensions it does not read) are the host's: only new ones fail.
 *
 * HOST_LIMITS lists the steps the host workbook alone already fails, checked by hand on
 * the original files of test/fixtures/excel-made/ (LibreOffice 7 and Debian's openpyxl):
 * those steps are skipped for that host, every other check still applies.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graftSample } from '../workbook/xlsx/support/graftSample';
import { computeOutput } from '../workbook/xlsx/validity/computeOutput';
import { excelMadeWorkbooks } from '../workbook/xlsx/validity/excelMadeInputs';
import { expectRoundTrip, type RoundTripSkip } from './support/expectRoundTrip';
import { openpyxlRead, type ResultJson } from './support/roundTrip';

/** Steps the original host workbook already fails, without QuotePart. */
const HOST_LIMITS: Readonly<Record<string, { reason: string; skip: RoundTripSkip }>> = {
  'xlsxwriter/comment03.xlsx': {
    reason: 'LibreOffice headless never finishes converting the original file (killed after 5 min)',
    skip: 'libreoffice',
  },
  'open-xml-sdk/Complex01.xlsx': {
    reason:
      "openpyxl fails on LibreOffice's re-save of the original (ZeroDivisionError in an image)",
    skip: 'openpyxl-resave',
  },
  'open-xml-sdk/Spreadsheet.xlsx': {
    reason: "openpyxl fails on LibreOffice's re-save of the original (an image it cannot open)",
    skip: 'openpyxl-resave',
  },
  'exceljs/test-issue-1842.xlsx': {
    reason: "openpyxl fails on LibreOffice's re-save of the original (an empty cell range)",
    skip: 'openpyxl-resave',
  },
};

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
      expectRoundTrip(work, name, run.output as Uint8Array, run.json as ResultJson, {
        inherited,
        skip: HOST_LIMITS[label]?.skip,
      });
    });
  },
);
