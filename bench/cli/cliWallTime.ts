/**
 * CLI benchmark: the real `quote-part compute` as a child process on a generated xlsx
 * workbook (xlsx in, every output out: workbook and JSON), wall time and peak memory,
 * against a peer in the same conditions: a bare `node -e` that only opens the same file
 * with exceljs, the stack's default xlsx library.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureProcess, type ProcessMeasure } from '../support/measureProcess';
import { BENCH_TMP, REPO_ROOT } from '../support/benchWorkbooks';

/** One size's CLI and peer measures. */
export interface CliMeasure {
  readonly members: number;
  readonly inputBytes: number;
  /** `compute IN -o OUT --json R.json`: every output. */
  readonly cli: ProcessMeasure;
  /** `compute IN -o OUT`: the workbook only (the contract's output sheets). */
  readonly workbookOnly: ProcessMeasure;
  readonly outputBytes: number;
  readonly jsonBytes: number;
  readonly exceljsOpen: ProcessMeasure;
}

const EXCELJS_OPEN =
  "const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(w=>{let n=0;w.eachSheet(s=>{n+=s.actualRowCount});console.log(n)})";

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Runs the CLI, then the exceljs peer, on the workbook at `input`. */
export async function measureCli(members: number, input: string): Promise<CliMeasure> {
  const outDir = resolve(BENCH_TMP, 'cli-out');
  mkdirSync(outDir, { recursive: true });
  const output = resolve(outDir, `out-${members}.xlsx`);
  const json = resolve(outDir, `out-${members}.json`);
  rmSync(output, { force: true });
  rmSync(json, { force: true });
  const cli = await measureProcess(
    process.execPath,
    [resolve(REPO_ROOT, 'bin', 'quote-part.js'), 'compute', input, '-o', output, '--json', json],
    REPO_ROOT,
  );
  const workbookOnly = await measureProcess(
    process.execPath,
    [resolve(REPO_ROOT, 'bin', 'quote-part.js'), 'compute', input, '-o', output],
    REPO_ROOT,
  );
  const exceljsOpen = await measureProcess(
    process.execPath,
    ['-e', EXCELJS_OPEN, input],
    REPO_ROOT,
  );
  return {
    members,
    inputBytes: sizeOf(input),
    cli,
    workbookOnly,
    outputBytes: sizeOf(output),
    jsonBytes: sizeOf(json),
    exceljsOpen,
  };
}
