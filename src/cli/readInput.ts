/**
 * Reads the input workbook of `compute`: its bytes (kept, since the output workbook is a
 * copy of them) and the engine's raw tables. A file that cannot be read, or is no xlsx
 * workbook, is a FileProblem naming the input (exit 2).
 */
import { readFile } from 'node:fs/promises';
import type { RawWorkbook } from '../engine';
import { readXlsxWorkbookSync } from '../workbook/xlsx/read/readXlsxWorkbook';
import { XlsxReadError } from '../workbook/xlsx/xlsxReadError';
import { FileProblem, fileMessage } from './fileProblem';
import { INFLATE_LIMIT_VARIABLE, inflateLimitsFrom } from './inflateLimits';

/** The input file's bytes and what the reader found in it. */
export interface InputWorkbook {
  readonly bytes: Uint8Array;
  readonly workbook: RawWorkbook;
}

/**
 * Reads and parses `path`, its parts inflating to no more than the limit of `env` (a
 * workbook beyond it is a FileProblem: « classeur trop volumineux ou endommagé »).
 */
export async function readInputWorkbook(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<InputWorkbook> {
  const limits = inflateLimitsFrom(env);
  let bytes: Uint8Array;
  try {
    const buffer = await readFile(path);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new FileProblem(fileMessage(error, path, 'lire'));
  }
  try {
    return { bytes, workbook: readXlsxWorkbookSync(bytes, limits) };
  } catch (error) {
    if (error instanceof XlsxReadError && error.code === 'TOO_LARGE')
      throw new FileProblem(
        `${path} : ${error.message} (limite réglable par la variable d'environnement ${INFLATE_LIMIT_VARIABLE}, en Mo)`,
      );
    if (error instanceof XlsxReadError) throw new FileProblem(`${path} : ${error.message}`);
    throw error;
  }
}
