/**
 * Runs the CLI path on a workbook file for the bad-input and fuzz tests (and the long fuzz run): `main` of the
 * CLI in-process (reader + engine + writer, exactly what `quote-part compute` runs), or
 * the real binary `bin/quote-part.js` as a child process. Captures the exit status, what
 * was printed, the JSON result and whether an output workbook was written, and checks
 * that the input file was left byte for byte as it was.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ResultJson } from '../../src/engine';
import { main } from '../../src/cli/main';
import { REPO_ROOT } from './benchWorkbooks';

/** What one CLI run did. */
export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The `--json` result, or null when none was written. */
  readonly json: ResultJson | null;
  readonly outputWritten: boolean;
  readonly inputUnchanged: boolean;
}

const sha256 = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

/** A fresh temporary folder for outputs. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function collect(
  input: string,
  outDir: string,
  name: string,
  exitCode: number,
  stdout: string,
  stderr: string,
  hashBefore: string,
): CliRun {
  const output = join(outDir, `${name}.out.xlsx`);
  const jsonPath = join(outDir, `${name}.json`);
  const json = existsSync(jsonPath)
    ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as ResultJson)
    : null;
  const run: CliRun = {
    exitCode,
    stdout,
    stderr,
    json,
    outputWritten: existsSync(output),
    inputUnchanged: sha256(input) === hashBefore,
  };
  rmSync(output, { force: true });
  rmSync(jsonPath, { force: true });
  return run;
}

function argsFor(input: string, outDir: string, name: string): string[] {
  return [
    'compute',
    input,
    '-o',
    join(outDir, `${name}.out.xlsx`),
    '--json',
    join(outDir, `${name}.json`),
    '--quiet',
  ];
}

/** Runs `quote-part compute INPUT -o … --json …` in-process. */
export async function runCliInProcess(
  input: string,
  outDir: string,
  name = 'run',
): Promise<CliRun> {
  const hashBefore = sha256(input);
  let stdout = '';
  let stderr = '';
  const exitCode = await main(argsFor(input, outDir, name), {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    now: () => new Date('2026-03-16T09:00:00Z'),
  });
  return collect(input, outDir, name, exitCode, stdout, stderr, hashBefore);
}

/** Builds lib/ (the binary's code) when it is missing. */
export function ensureBinaryBuilt(): void {
  if (existsSync(resolve(REPO_ROOT, 'lib', 'src', 'cli', 'main.js'))) return;
  execFileSync(
    process.execPath,
    [resolve(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
}

/** Runs the real binary `node bin/quote-part.js compute …` as a child process. */
export function runCliBinary(input: string, outDir: string, name = 'bin'): CliRun {
  const hashBefore = sha256(input);
  const r = spawnSync(
    process.execPath,
    [resolve(REPO_ROOT, 'bin', 'quote-part.js'), ...argsFor(input, outDir, name)],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  return collect(input, outDir, name, r.status ?? -1, r.stdout, r.stderr, hashBefore);
}
