/**
 * `--annexe-pdf ANNEXE.pdf [--annexe-pdf-service SERVICE]`: the convention annex as a
 * PDF (header, scenario comparison, the annex of each service or of one, « Vu et
 * approuvé »). What can only be checked once the workbook is computed — the service
 * exists, the annex is not too large to print — is refused before anything is written
 * (exit 2), like an unknown `--annexe-membre`. The PDF library is loaded only when a PDF
 * is asked for: loading it took 0.37 s at every start of the CLI, PDF or not.
 */
import {
  buildConventionAnnex,
  conventionAnnexLines,
  frenchNumber,
  MAX_PRINTED_LINES,
  OutcomeUseError,
  type RunOutcome,
} from '../engine';
import { writeFileAtomically } from '../workbook/xlsx/write/writeOutputFile';
import type { AnnexPdfRequest } from './cliArgs';
import { writing } from './fileProblem';

function options(request: AnnexPdfRequest): { service?: string } {
  return request.service === null ? {} : { service: request.service };
}

/** The French message when the annex cannot be produced (unknown service, too many lines); null when it can, or when nothing can be checked. */
export function annexPdfProblem(
  outcome: RunOutcome,
  request: AnnexPdfRequest | undefined,
): string | null {
  if (request === undefined || outcome.status !== 'ok') return null;
  let lines: number;
  try {
    lines = conventionAnnexLines(outcome, options(request));
  } catch (error) {
    if (error instanceof OutcomeUseError)
      return `--annexe-pdf-service : ${error.message.replace(/\.$/, '')}`;
    throw error;
  }
  if (lines <= MAX_PRINTED_LINES) return null;
  return `--annexe-pdf : l'annexe compterait ${frenchNumber(String(lines))} lignes de répartition, au-delà des ${frenchNumber(String(MAX_PRINTED_LINES))} qu'une annexe imprimable peut tenir${request.service === null ? ' ; choisissez un service avec --annexe-pdf-service' : ''} (le classeur de résultats et le rapport HTML --report donnent toutes les lignes)`;
}

/** Builds and writes the PDF annex of a valid run; returns its size in bytes and its page count. */
export async function writeAnnexPdf(
  outcome: RunOutcome,
  request: AnnexPdfRequest,
  input: string,
): Promise<{ readonly size: number; readonly pages: number }> {
  const model = buildConventionAnnex(outcome, options(request));
  const { renderConventionPdf } = await import('../workbook/pdf/renderConventionPdf');
  const { readAnnexFonts } = await import('../workbook/pdf/readAnnexFonts');
  const { bytes, pages } = await renderConventionPdf(model, await readAnnexFonts());
  await writing(request.path, input, () => writeFileAtomically(request.path, bytes));
  return { size: bytes.length, pages };
}
