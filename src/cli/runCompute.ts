/**
 * `quote-part compute`: read the workbook, run the engine, print the problems, write the
 * JSON (always, when asked) and the output workbook (only when the input is valid).
 * Exit status: 0 done, 1 invalid input (no workbook written), 2 a file cannot be read or
 * written, 3 internal error.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { RawWorkbook, RunOptions, RunOutcome, WorkbookInventory } from '../engine';
import { readXlsxWorkbookSync } from '../workbook/xlsx/read/readXlsxWorkbook';
import { writeWorkbookFile } from '../workbook/xlsx/write/writeOutputFile';
import { InvalidPlanError } from '../workbook/xlsx/write/writeXlsxWithPlan';
import { XlsxReadError } from '../workbook/xlsx/xlsxReadError';
import type { ComputeOptions } from './cliArgs';
import type { CliIo } from './cliIo';
import { writeJsonFile } from './jsonOutput';
import { defaultOutputPath } from './outputPaths';
import { problemLine } from './problemLines';
import { frenchCount, frenchMegabytes, Progress } from './progress';

/** The engine entry points the command uses (injected for tests). */
export interface ComputeEngine {
  readonly runQuotePart: (workbook: RawWorkbook, options: RunOptions) => RunOutcome;
  readonly inspectWorkbook: (workbook: RawWorkbook) => WorkbookInventory;
}

/** Exit statuses of the CLI. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 3 } as const;

class FileProblem extends Error {}

function fileMessage(error: unknown, path: string, action: 'lire' | 'écrire'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const impossible = action === 'lire' ? `impossible de lire ${path}` : `impossible d'écrire ${path}`;
  if (code === 'ENOENT') return action === 'lire' ? `fichier introuvable : ${path}` : `dossier introuvable pour ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `accès refusé : ${impossible}`;
  if (code === 'EISDIR') return `${path} est un dossier, pas un fichier`;
  if (code === 'ENOSPC') return `disque plein : ${impossible}`;
  return `${impossible} (${error instanceof Error ? error.message : String(error)})`;
}

async function checkWritable(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => null);
  if (info === null || !info.isDirectory()) throw new FileProblem(`le dossier de sortie n'existe pas : ${folder}`);
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new FileProblem(`${path} est un dossier, pas un fichier`);
}

async function checkPaths(input: string, output: string, json: string | null): Promise<void> {
  const same = (a: string, b: string): boolean => resolve(a) === resolve(b);
  if (json !== null && (same(json, input) || same(json, output))) {
    throw new FileProblem(`le fichier JSON doit être distinct du classeur d'entrée et du classeur de sortie : ${json}`);
  }
  await checkWritable(output);
  if (json !== null) await checkWritable(json);
}

function rowsInWorkbook(workbook: RawWorkbook): number {
  return workbook.tables.filter((table) => table.source === 'sheet').reduce((sum, table) => sum + table.rows.length + 1, 0);
}

/**
 * Runs a write of `path`, turning file-system errors into a French FileProblem, and a
 * damaged input part met while copying the workbook into one that names the input.
 */
async function writing<T>(path: string, input: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof XlsxReadError) throw new FileProblem(`${input} : ${error.message}`);
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code !== 'string' || !code.startsWith('E')) throw error;
    throw new FileProblem(fileMessage(error, path, 'écrire'));
  }
}

/** Prints every problem on standard error, in batches (a large workbook may have thousands). */
function printProblems(io: CliIo, outcome: RunOutcome): void {
  let batch = '';
  for (const problem of outcome.problems) {
    batch += `${problemLine(problem)}\n`;
    if (batch.length > 1 << 16) {
      io.err(batch);
      batch = '';
    }
  }
  if (batch !== '') io.err(batch);
}

/** Runs `compute`; returns the exit status. */
export async function runCompute(options: ComputeOptions, io: CliIo, engine: ComputeEngine, version: string): Promise<number> {
  const output = options.output ?? defaultOutputPath(options.input);
  const progress = new Progress(io, options.progress);
  try {
    await checkPaths(options.input, output, options.json);
    progress.start(`Lecture de ${basename(options.input)}`);
    let bytes: Uint8Array;
    try {
      const buffer = await readFile(options.input);
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      throw new FileProblem(fileMessage(error, options.input, 'lire'));
    }
    let workbook: RawWorkbook;
    try {
      workbook = readXlsxWorkbookSync(bytes);
    } catch (error) {
      if (error instanceof XlsxReadError) throw new FileProblem(`${options.input} : ${error.message}`);
      throw error;
    }
    const rows = rowsInWorkbook(workbook);
    progress.sizeKnown(rows);
    const inventory = engine.inspectWorkbook(workbook);
    progress.done('Lecture', `${frenchCount(inventory.members)} membres, ${frenchCount(inventory.services)} services, ${frenchCount(rows)} lignes`);

    progress.start('Calcul');
    const outcome = engine.runQuotePart(workbook, { generatedAt: io.now().toISOString(), version, source: basename(options.input), host: 'cli' });
    progress.done('Calcul', `${frenchCount(outcome.json.quoteParts.length)} quote-parts, ${frenchCount(outcome.json.titres.length)} lignes de titres`);
    printProblems(io, outcome);

    const json = options.json;
    if (json !== null) await writing(json, options.input, () => writeJsonFile(json, { ...outcome.json }));
    if (outcome.status === 'invalid' || outcome.plan === null) {
      const errors = outcome.problems.filter((p) => p.severity === 'error').length;
      io.err(`Classeur invalide : ${frenchCount(errors)} erreur(s). Aucun classeur n'a été écrit.\n`);
      return EXIT.invalidInput;
    }
    progress.start(`Écriture de ${basename(output)}`);
    const plan = outcome.plan;
    const size = await writing(output, options.input, () => writeWorkbookFile(bytes, plan, output));
    progress.done('Écriture', `${frenchCount(plan.sheets.length)} feuilles, ${frenchMegabytes(size)}`);
    if (options.progress !== 'off') {
      const warnings = outcome.problems.length;
      io.out(`Classeur écrit : ${output}${warnings > 0 ? ` (${frenchCount(warnings)} avertissement(s))` : ''}\n`);
      if (options.json !== null) io.out(`Résultat JSON écrit : ${options.json}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof FileProblem) {
      io.err(`ERREUR : ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof InvalidPlanError) {
      io.err(`ERREUR : le classeur de résultats ne peut pas être écrit. ${error.message}\n`);
      return EXIT.internal;
    }
    io.err(`ERREUR INTERNE : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}
