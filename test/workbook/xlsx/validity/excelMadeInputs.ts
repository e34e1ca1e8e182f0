/**
 * The Excel-made workbooks kept under test/fixtures/excel-made/ (test data of public xlsx
 * libraries, each folder with its licence; README.md there says where each file comes
 * from), for the tests that graft the sample into them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Folder of the corpus. */
export const EXCEL_MADE_DIR = resolve(__dirname, '../../../fixtures/excel-made');

/** One Excel-made workbook: `source/file.xlsx` and its bytes. */
export interface ExcelMadeWorkbook {
  readonly label: string;
  readonly bytes: () => Uint8Array;
}

/** Every workbook of the corpus, by source folder then file name. */
export function excelMadeWorkbooks(): ExcelMadeWorkbook[] {
  return readdirSync(EXCEL_MADE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((source) =>
      readdirSync(join(EXCEL_MADE_DIR, source))
        .filter((file) => file.endsWith('.xlsx'))
        .sort()
        .map((file) => ({
          label: `${source}/${file}`,
          bytes: () => new Uint8Array(readFileSync(join(EXCEL_MADE_DIR, source, file))),
        })),
    );
}
