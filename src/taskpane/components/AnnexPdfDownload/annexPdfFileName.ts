/** File name and media type of the downloaded PDF annex: `annexe-convention-2026.pdf`. */

/** The annex's file name for a run's exercice. */
export function annexPdfFileName(exercice: number | null): string {
  return `annexe-convention-${exercice === null ? 'quotepart' : String(exercice)}.pdf`;
}

/** Media type of the annex. */
export const ANNEX_PDF_MEDIA_TYPE = 'application/pdf';
