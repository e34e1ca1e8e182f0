/**
 * Path-taking helper of the xlsx reader, for the CLI and tests.
 */
import { readFile } from 'node:fs/promises';
import type { RawWorkbook } from '../../../engine';
import { readXlsxWorkbookSync } from './readXlsxWorkbook';

/** Reads the workbook at `path` (file-system errors propagate as they are). */
export async function readXlsxFile(path: string): Promise<RawWorkbook> {
  const bytes = await readFile(path);
  return readXlsxWorkbookSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
