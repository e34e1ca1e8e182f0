/**
 * Writes the sample workbook assets/sample.xlsx from SAMPLE_TABLES (the single source
 * of the sample), and its régularisation variant (with `Acomptes`) as a test fixture,
 * byte-for-byte reproducible so the committed files only change when the data does.
 * Usage: `node lib/scripts/generate-sample.js` (both files), or
 * `node lib/scripts/generate-sample.js OUTPUT.xlsx` (the sample only, elsewhere).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SAMPLE_REGULARISATION_TABLES, SAMPLE_TABLES } from '../src/workbook/sample/sampleData';
import type { SampleTable } from '../src/workbook/sample/sampleData';
import { buildTablesWorkbook } from './support/writeTablesWorkbook';
import { withFixedZipTimestamps } from './support/deterministicZip';

/** Repository root, from lib/scripts/ once compiled. */
const REPO_ROOT = resolve(__dirname, '..', '..');

/** Default output: the committed sample. */
export const SAMPLE_PATH = resolve(REPO_ROOT, 'assets', 'sample.xlsx');

/** The régularisation variant, a test fixture. */
export const REGULARISATION_FIXTURE_PATH = resolve(
  REPO_ROOT,
  'test',
  'workbook',
  'sample',
  'fixtures',
  'sample-regularisation.xlsx',
);

/** Writes the given tables as a reproducible .xlsx file and returns its size in bytes. */
export async function writeTablesXlsx(
  tables: readonly SampleTable[],
  outPath: string,
): Promise<number> {
  const buffer = await buildTablesWorkbook(tables).xlsx.writeBuffer();
  const bytes = withFixedZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, bytes);
  return bytes.length;
}

async function main(args: readonly string[]): Promise<void> {
  const outPath = args[0] ? resolve(args[0]) : SAMPLE_PATH;
  const size = await writeTablesXlsx(SAMPLE_TABLES, outPath);
  console.log(
    `Classeur exemple écrit : ${outPath} (${size} octets, ${SAMPLE_TABLES.length} tableaux)`,
  );
  if (args[0]) return;
  const variantSize = await writeTablesXlsx(
    SAMPLE_REGULARISATION_TABLES,
    REGULARISATION_FIXTURE_PATH,
  );
  console.log(
    `Variante de régularisation écrite : ${REGULARISATION_FIXTURE_PATH} (${variantSize} octets)`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
