/**
 * The benchmark's input data, from the one generator of the project
 * (scripts/generate-bench-workbook.ts): the workbook is written once per size into
 * `.bench-tmp/bench/` and read back with the product's xlsx reader, so the engine
 * benchmark, the CLI benchmark and the peers all start from the very same cells.
 * (The generator has no data-only export; reading its file back is the thin wrapper.)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawTable, RawWorkbook } from '../../src/engine';
import { writeBenchWorkbook } from '../../scripts/generate-bench-workbook';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';

/** Repository root, from lib/bench/support/ once compiled (or bench/support/ under ts-jest). */
export const REPO_ROOT = resolve(
  __dirname,
  '..',
  '..',
  existsSync(resolve(__dirname, '..', '..', 'package.json')) ? '' : '..',
);

/** Where the benchmark writes its generated workbooks and outputs (git-ignored). */
export const BENCH_TMP = resolve(REPO_ROOT, '.bench-tmp', 'bench');

/** The member counts of the issue. */
export const BENCH_SIZES = [1_000, 10_000, 35_000] as const;

/** Services per workbook (the generator cycles its ten templates). */
export const BENCH_SERVICES = 10;

/** Path of the generated workbook of `members` members. */
export function benchWorkbookPath(members: number, services = BENCH_SERVICES): string {
  return resolve(BENCH_TMP, `bench-${members}x${services}.xlsx`);
}

/** Whether `path` exists and is newer than the generator that writes it (else it is written again). */
function isFresh(path: string): boolean {
  if (!existsSync(path)) return false;
  const generator = require.resolve('../../scripts/generate-bench-workbook');
  return statSync(path).mtimeMs > statSync(generator).mtimeMs;
}

/** Writes the workbook of `members` members unless an up-to-date one is there; returns its path. */
export async function ensureBenchWorkbook(
  members: number,
  services = BENCH_SERVICES,
): Promise<string> {
  const path = benchWorkbookPath(members, services);
  if (!isFresh(path)) await writeBenchWorkbook({ members, services, outPath: path });
  return path;
}

/** The generated workbook of `members` members as the engine reads it. */
export async function benchRawWorkbook(
  members: number,
  services = BENCH_SERVICES,
): Promise<RawWorkbook> {
  const bytes = readFileSync(await ensureBenchWorkbook(members, services));
  return readXlsxWorkbookSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** The plain-sheet table named `name` (the generator writes sheets, not ListObjects). */
export function tableNamed(workbook: RawWorkbook, name: string): RawTable {
  const table = workbook.tables.find((t) => t.name === name);
  if (!table) throw new Error(`table ${name} absente du classeur de banc d'essai`);
  return table;
}
