/**
 * The outputs a valid run writes besides the workbook and the JSON: the HTML report
 * (`--report`) and the titres export (`--export-titres`, with the reductions file of a
 * régularisation next to it). Each file is written atomically, like the workbook.
 */
import {
  buildReport,
  exportTitres,
  reductionsPathFor,
  type ExportFile,
  type RunOutcome,
} from '../engine';
import { writeFileAtomically } from '../workbook/xlsx/write/writeOutputFile';
import type { AnnexPdfRequest, TitresExportRequest } from './cliArgs';
import { writeAnnexPdf } from './annexPdfOption';
import type { CliIo } from './cliIo';
import { writing } from './fileProblem';
import { noticeText } from './noticeLines';
import { frenchCount, frenchMegabytes, type Progress } from './progress';

/** Writes the report of a valid run (with the member's annex when one is named); returns its size in bytes. */
export async function writeReport(
  outcome: RunOutcome,
  path: string,
  member: string | null,
  input: string,
): Promise<number> {
  const bytes = new TextEncoder().encode(buildReport(outcome, member === null ? {} : { member }));
  await writing(path, input, () => writeFileAtomically(path, bytes));
  return bytes.length;
}

/** What the titres export wrote: each file with its path. */
export interface WrittenExport {
  readonly titres: { readonly path: string; readonly file: ExportFile };
  readonly reductions: { readonly path: string; readonly file: ExportFile } | null;
}

/**
 * Writes the titres file (and the reductions file of a régularisation) of a valid run in
 * the requested profile, and prints the export's notices on standard error (warnings
 * always, information unless `--quiet`).
 */
export async function writeTitresExport(
  outcome: RunOutcome,
  request: TitresExportRequest,
  input: string,
  io: CliIo,
  quiet: boolean,
): Promise<WrittenExport> {
  const result = exportTitres(outcome, request.profile);
  await writing(request.path, input, () => writeFileAtomically(request.path, result.titres.bytes));
  const reductions =
    result.reductions === null
      ? null
      : { path: reductionsPathFor(request.path), file: result.reductions };
  if (reductions !== null)
    await writing(reductions.path, input, () =>
      writeFileAtomically(reductions.path, reductions.file.bytes),
    );
  const notices = noticeText(result.notices, quiet);
  if (notices !== '') io.err(notices);
  return { titres: { path: request.path, file: result.titres }, reductions };
}

/** Writes the report and the export a run asks for, with progress steps; returns the lines of the final summary. */
export async function writeReportAndExport(
  outcome: RunOutcome,
  options: {
    readonly input: string;
    readonly report: string | null;
    readonly exportTitres: TitresExportRequest | null;
    readonly annexMember: string | null;
    readonly annexPdf?: AnnexPdfRequest;
    readonly quiet: boolean;
  },
  io: CliIo,
  progress: Progress,
): Promise<string[]> {
  const summary: string[] = [];
  if (options.report !== null) {
    progress.start('Rapport');
    const size = await writeReport(outcome, options.report, options.annexMember, options.input);
    progress.done('Rapport', frenchMegabytes(size));
    summary.push(`Rapport écrit : ${options.report}`);
  }
  if (options.annexPdf !== undefined) {
    progress.start('Annexe PDF');
    const pdf = await writeAnnexPdf(outcome, options.annexPdf, options.input);
    const pages = `${frenchCount(pdf.pages)} page${pdf.pages > 1 ? 's' : ''}`;
    progress.done('Annexe PDF', `${pages}, ${frenchMegabytes(pdf.size)}`);
    summary.push(`Annexe PDF écrite : ${options.annexPdf.path} (${pages})`);
  }
  if (options.exportTitres !== null) {
    progress.start('Export des titres');
    const written = await writeTitresExport(
      outcome,
      options.exportTitres,
      options.input,
      io,
      options.quiet,
    );
    progress.done(
      'Export des titres',
      `${frenchCount(written.titres.file.rows)} lignes, profil ${options.exportTitres.profile}`,
    );
    summary.push(
      `Titres exportés : ${written.titres.path} (${frenchCount(written.titres.file.rows)} lignes, profil ${options.exportTitres.profile})`,
    );
    if (written.reductions !== null)
      summary.push(
        `Réductions exportées : ${written.reductions.path} (${frenchCount(written.reductions.file.rows)} lignes)`,
      );
  }
  return summary;
}
