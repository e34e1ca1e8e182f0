/**
 * Default output path of `compute`: `<input>-resultats.xlsx` next to the input (an .xlsm,
 * .xltx or .xltm input keeps its extension, since Excel refuses a package whose kind and
 * extension differ; see outputKind.ts).
 */
import { extname } from 'node:path';

/** The output workbook path used when `-o` is absent. */
export function defaultOutputPath(input: string): string {
  const extension = extname(input);
  const lower = extension.toLowerCase();
  if (['.xlsx', '.xlsm', '.xltx', '.xltm'].includes(lower))
    return `${input.substring(0, input.length - extension.length)}-resultats${extension}`;
  return `${input}-resultats.xlsx`;
}
