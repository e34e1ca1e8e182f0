/**
 * Opens an .xlsx file dropped on the preview with the project's own reader (loaded on
 * demand: it is not needed until a file is dropped) and turns it into a fake workbook.
 */
import { buildFakeWorkbook, type FakeWorkbookModel } from '../../workbook/fakeExcel';
import { rawWorkbookSpec } from './rawWorkbookSpec';

/** Reads the file and builds its fake workbook; rejects with a French message on failure. */
export async function readDroppedFile(file: File): Promise<FakeWorkbookModel> {
  if (!/\.xlsx$/i.test(file.name)) throw new Error(`« ${file.name} » n’est pas un classeur .xlsx.`);
  const [{ readXlsxWorkbookSync }, buffer] = await Promise.all([
    import(/* webpackChunkName: "xlsx-reader" */ '../../workbook/xlsx/read/readXlsxWorkbook'),
    file.arrayBuffer(),
  ]);
  const workbook = readXlsxWorkbookSync(new Uint8Array(buffer));
  return buildFakeWorkbook(rawWorkbookSpec(file.name, workbook));
}
