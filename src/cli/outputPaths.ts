/**
 * Default output path of `compute`: `<input>-resultats.xlsx` next to the input (an .xlsm
 * input keeps its extension, since Excel refuses macros in a file named .xlsx).
 */
import { extname } from 'node:path';

/** The output workbook path used when `-o` is absent. */
export function defaultOutputPath(input: string): string {
  const extension = extname(input);
  const lower = extension.toLowerCase();
  if (lower === '.xlsx' || lower === '.xlsm')
    return `${input.substring(0, input.length - extension.length)}-resultats${extension}`;
  return `${input}-resultats.xlsx`;
}
