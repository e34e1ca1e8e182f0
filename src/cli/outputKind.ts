/**
 * The output workbook keeps the kind of the input (src/workbook/xlsx/read/workbookKind.ts):
 * `-o X.xlsx` on a macro-enabled input would write a package Excel refuses to open, and
 * `-o X.xlsm` on a plain one too. Rather than changing the package (dropping the macros
 * the user kept), the run is refused with the extension to use (exit 2). An output whose
 * extension is none of Excel's four is the user's choice and is left alone.
 */
import { extname } from 'node:path';
import type { WorkbookKind } from '../workbook/xlsx/read/workbookKind';
import { FileProblem } from './fileProblem';

const EXCEL_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm', '.xltx', '.xltm'];

const DESCRIPTIONS: Readonly<Record<WorkbookKind, string>> = {
  xlsx: 'un classeur sans macros',
  xlsm: 'un classeur avec macros',
  xltx: 'un modèle sans macros',
  xltm: 'un modèle avec macros',
};

/** Throws a FileProblem when `output`'s Excel extension does not match the input's kind. */
export function checkOutputKind(output: string, kind: WorkbookKind | null): void {
  const extension = extname(output).toLowerCase();
  if (kind === null || !EXCEL_EXTENSIONS.includes(extension) || extension === `.${kind}`) return;
  throw new FileProblem(
    `le classeur d'entrée est ${DESCRIPTIONS[kind]} : le classeur de sortie doit porter l'extension .${kind}, pas ${extension} (Excel refuserait de l'ouvrir) : ${output}`,
  );
}
