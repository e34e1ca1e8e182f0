/**
 * File-system failures of a CLI run, as French messages (exit 2): a missing input, a
 * missing output folder, a full disk, a damaged part met while copying the workbook.
 */
import { XlsxReadError } from '../workbook/xlsx/xlsxReadError';

/** A file that cannot be read or written; `message` is French, for the user (exit 2). */
export class FileProblem extends Error {}

/** The French message of a file-system error on `path`. */
export function fileMessage(error: unknown, path: string, action: 'lire' | 'écrire'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const impossible =
    action === 'lire' ? `impossible de lire ${path}` : `impossible d'écrire ${path}`;
  if (code === 'ENOENT')
    return action === 'lire' ? `fichier introuvable : ${path}` : `dossier introuvable pour ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `accès refusé : ${impossible}`;
  if (code === 'EISDIR') return `${path} est un dossier, pas un fichier`;
  if (code === 'ENOSPC') return `disque plein : ${impossible}`;
  if (code === 'ERR_FS_FILE_TOO_LARGE')
    return `classeur trop volumineux ou endommagé : ${path} dépasse 2 Go`;
  return `${impossible} (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Runs a write of `path`, turning file-system errors into a FileProblem, and a damaged
 * input part met while copying the workbook into one that names the input.
 */
export async function writing<T>(path: string, input: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof XlsxReadError) throw new FileProblem(`${input} : ${error.message}`);
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code !== 'string' || !code.startsWith('E')) throw error;
    throw new FileProblem(fileMessage(error, path, 'écrire'));
  }
}
