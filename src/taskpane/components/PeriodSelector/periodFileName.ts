/**
 * The name of a file exported for one period: the engine names the titres files after the
 * exercice (`titres-2026-generique.csv`); with a period chosen in the pane the name carries
 * it (`titres-2026-T2-generique.csv`), so that the files of successive periods differ.
 */

/** `fileName` with its exercice replaced by `period` (unchanged when `period` is null). */
export function periodFileName(fileName: string, period: string | null): string {
  if (period === null) return fileName;
  const year = period.slice(0, 4);
  return fileName.replace(new RegExp(`^([a-z]+)-${year}-`), `$1-${period}-`);
}
