/** Type test: the fake Excel satisfies `ExcelLike`, so the adapter runs on it unchanged. */
import { createFakeExcel, type FakeWorkbookModel } from '../../../src/workbook/fakeExcel';
import type { ExcelLike } from '../../../src/workbook/office/excelLike';

/** Compiles only if the fake is assignable to `ExcelLike`. */
export function fakeIsExcelLike(model: FakeWorkbookModel): ExcelLike {
  return createFakeExcel(model);
}
