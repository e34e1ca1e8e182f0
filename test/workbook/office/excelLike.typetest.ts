/**
 * Type test: the real Office.js `Excel` namespace satisfies `ExcelLike`, so the adapter
 * only uses members that exist in Excel with these signatures. Checked by `tsc`.
 */
import type { ExcelLike } from '../../../src/workbook/office/excelLike';

/** Compiles only if `typeof Excel` is assignable to `ExcelLike`. */
export function realExcelIsExcelLike(excel: typeof Excel): ExcelLike {
  return excel;
}
