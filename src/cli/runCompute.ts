/**
 * `quote-part compute`: read the workbook, run the engine, print the problems, write the
 * JSON (always, when asked) and, only when the input is valid, the output workbook, the
 * HTML report and the titres export. Every output path is checked before the input is
 * read. Exit status: 0 done, 1 invalid input (nothing written but the JSON), 2 bad usage
 * or a file that cannot be read or written (nothing written), 3 internal error.
 */
import { basename } from 'node:path';
import type { RawWorkbook, RunOptions, RunOutcome, WorkbookInventory } from '../engine';
import { workbookKind } from '../workbook/xlsx/read/workbookKind';
import type { RowsEncoder } from '../workbook/xlsx/write/offloadedRows';
import { WriteAbandonedError } from '../workbook/xlsx/write/temporaryFiles';
import { writeWorkbookFile } from '../workbook/xlsx/write/writeOutputFile';
import { InvalidPlanError } from '../workbook/xlsx/write/writeXlsxWithPlan';
import { planWithMemberAnnex, unknownAnnexMember } from './annexMemberOption';
import { annexPdfProblem } from './annexPdfOption';
import type { ComputeOptions } from './cliArgs';
import type { CliIo } from './cliIo';
import { FileProblem, writing } from './fileProblem';
import { writeJsonFile, writeJsonWithWorkbook, type StreamedRun } from './jsonOutput';
import { checkOutputTargets, outputTargets } from './outputTargets';
import { defaultOutputPath } from './outputPaths';
import { checkOutputKind } from './outputKind';
import { problemLine } from './problemLines';
import { frenchCount, frenchMegabytes, Progress } from './progress';
import { readInputWorkbook } from './readInput';
import { scenarioText } from './scenarioLines';
import { writeReportAndExport } from './reportAndExport';

/** The engine entry points the command uses (injected for tests). */
export interface ComputeEngine {
  readonly runQuotePart: (workbook: RawWorkbook, options: RunOptions) => RunOutcome;
  readonly inspectWorkbook: (workbook: RawWorkbook) => WorkbookInventory;
}

/** What the JSON needs to be written alongside the workbook, for a valid run of this process; null otherwise. */
function streamedRun(outcome: RunOutcome): StreamedRun | null {
  const { jsonRows, observeGeneratedRows } = outcome;
  if (
    outcome.status !== 'ok' ||
    outcome.plan === null ||
    jsonRows === undefined ||
    observeGeneratedRows === undefined
  )
    return null;
  return {
    jsonRows,
    observeGeneratedRows,
    counts: { quoteParts: outcome.summary.quoteParts, titres: outcome.summary.titreLines },
  };
}

/** Exit statuses of the CLI. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 3 } as const;

function rowsInWorkbook(workbook: RawWorkbook): number {
  return workbook.tables
    .filter((table) => table.source === 'sheet')
    .reduce((sum, table) => sum + table.rows.length + 1, 0);
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

function runOptions(options: ComputeOptions, io: CliIo, version: string): RunOptions {
  const base: RunOptions = {
    generatedAt: io.now().toISOString(),
    version,
    source: basename(options.input),
    host: 'cli',
  };
  return {
    ...base,
    ...(options.annexMember === null ? {} : { annexMember: options.annexMember }),
    ...(options.period === null ? {} : { period: options.period }),
  };
}

/** Runs `compute`; returns the exit status. */
export async function runCompute(
  options: ComputeOptions,
  io: CliIo,
  engine: ComputeEngine,
  version: string,
): Promise<number> {
  const output = options.output ?? defaultOutputPath(options.input);
  const progress = new Progress(io, options.progress);
  try {
    await checkOutputTargets(options.input, outputTargets(options, output));
    progress.start(`Lecture de ${basename(options.input)}`);
    const { bytes, workbook } = await readInputWorkbook(options.input);
    checkOutputKind(output, workbookKind(bytes));
    const rows = rowsInWorkbook(workbook);
    progress.sizeKnown(rows);
    const inventory = engine.inspectWorkbook(workbook);
    progress.done(
      'Lecture',
      `${frenchCount(inventory.members)} membres, ${frenchCount(inventory.services)} services, ${frenchCount(rows)} lignes`,
    );

    progress.start('Calcul');
    const outcome = engine.runQuotePart(workbook, runOptions(options, io, version));
    progress.done(
      'Calcul',
      `${frenchCount(outcome.summary.quoteParts)} quote-parts, ${frenchCount(outcome.summary.titreLines)} lignes de titres`,
    );
    const unknownMember = unknownAnnexMember(outcome, options.annexMember);
    if (unknownMember !== null) throw new FileProblem(`${unknownMember}. Rien n'a été écrit.`);
    const pdfProblem = annexPdfProblem(outcome, options.annexPdf);
    if (pdfProblem !== null) throw new FileProblem(`${pdfProblem}. Rien n'a été écrit.`);
    printProblems(io, outcome);

    const json = options.json;
    const streamed = streamedRun(outcome);
    // A valid run writes its JSON in the same pass as the workbook (below); anything else now.
    if (json !== null && streamed === null)
      await writing(json, options.input, () =>
        writeJsonFile(json, outcome.jsonRows?.() ?? outcome.json),
      );
    if (outcome.status === 'invalid' || outcome.plan === null) {
      const errors = outcome.problems.filter((p) => p.severity === 'error').length;
      io.err(
        `Classeur invalide : ${frenchCount(errors)} ${errors < 2 ? 'erreur' : 'erreurs'}. Aucun classeur, rapport ni export n'a été écrit.\n`,
      );
      return EXIT.invalidInput;
    }
    progress.start(`Écriture de ${basename(output)}`);
    const plan = planWithMemberAnnex(outcome, outcome.plan, options.annexMember);
    const writeWorkbook = (encoder: RowsEncoder | null = null) =>
      writing(output, options.input, () => writeWorkbookFile(bytes, plan, output, encoder));
    const size =
      json !== null && streamed !== null
        ? await writing(json, options.input, () =>
            writeJsonWithWorkbook(json, streamed, writeWorkbook),
          )
        : await writeWorkbook();
    progress.done(
      'Écriture',
      `${frenchCount(plan.sheets.length)} feuilles, ${frenchMegabytes(size)}`,
    );
    const quiet = options.progress === 'off';
    const written = await writeReportAndExport(outcome, { ...options, quiet }, io, progress);
    if (!quiet) {
      const warnings = outcome.problems.length;
      io.out(
        `Classeur écrit : ${output}${warnings > 0 ? ` (${frenchCount(warnings)} ${warnings < 2 ? 'avertissement' : 'avertissements'})` : ''}\n`,
      );
      if (options.json !== null) io.out(`Résultat JSON écrit : ${options.json}\n`);
      for (const line of written) io.out(`${line}\n`);
      io.out(scenarioText(outcome.summary.scenarios));
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof WriteAbandonedError) {
      io.err(`INTERROMPU : ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof FileProblem) {
      io.err(`ERREUR : ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof InvalidPlanError) {
      io.err(`ERREUR : le classeur de résultats ne peut pas être écrit. ${error.message}\n`);
      return EXIT.internal;
    }
    io.err(
      `ERREUR INTERNE : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.internal;
  }
}
