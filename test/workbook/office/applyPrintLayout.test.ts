/**
 * Printable sheets through the Office adapter: the sample's annex sheets get their column
 * widths, wrapped top-aligned text, merged text lines and row heights from the plan; the
 * page set-up (A4, orientation, scale, margins, header, « Page n / N », title rows) is
 * applied through `Worksheet.pageLayout` only when the host has ExcelApi 1.9.
 */
import { FakeWorkbookModel, createFakeExcel } from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import { widthInPoints } from '../../../src/workbook/office/planCells';
import { annexSheetsOf, runSample } from '../../engine/annex/support/runSample';

const annexes = annexSheetsOf(runSample());
const plan = { sheets: annexes.slice(0, 2) };

async function write(pageLayout: boolean): Promise<FakeWorkbookModel> {
  const model = new FakeWorkbookModel();
  model.addSheet('Membres');
  await createOfficeHost(createFakeExcel(model), { token: () => 'abc', pageLayout }).applyPlan(
    plan,
  );
  return model;
}

describe('printable sheets through the Office adapter', () => {
  test('widths, wrapped text, merged lines and row heights as the plan says', async () => {
    const model = await write(false);
    for (const sheet of plan.sheets) {
      const written = model.findSheet(sheet.name);
      expect(written).toBeDefined();
      if (!written) return;
      (sheet.columnWidths ?? []).forEach((width, column) =>
        expect(written.columnWidth(column)).toBe(widthInPoints(width)),
      );
      for (const [row, points] of sheet.rowHeights ?? [])
        expect(written.rowHeights.get(row - 1)).toBe(points);
      const spans = sheet.blocks.filter((b) => b.kind === 'text' && (b.span ?? 1) > 1);
      expect(written.merges).toHaveLength(spans.length);
      expect(written.merges[0]).toEqual({
        row: 0,
        column: 0,
        rowCount: 1,
        columnCount: sheet.columnWidths?.length,
      });
      expect(written.layerValueAt(5, 1, 'wrapText', false)).toBe(true);
      expect(written.layerValueAt(5, 1, 'verticalAlignment', 'Bottom')).toBe('Top');
      expect(written.pageLayout).toEqual({ margins: {}, headerFooter: {} });
    }
  });

  test('with ExcelApi 1.9: the page set-up of the plan', async () => {
    const model = await write(true);
    for (const sheet of plan.sheets) {
      const print = sheet.print;
      expect(print).toBeDefined();
      if (!print) return;
      expect(model.findSheet(sheet.name)?.pageLayout).toEqual({
        orientation: print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        paperSize: 'A4',
        zoom: { scale: print.scale },
        margins: {
          leftMargin: print.margins.left * 72,
          rightMargin: print.margins.right * 72,
          topMargin: print.margins.top * 72,
          bottomMargin: print.margins.bottom * 72,
          headerMargin: print.margins.header * 72,
          footerMargin: print.margins.footer * 72,
        },
        headerFooter: {
          leftHeader: print.header?.left.replace(/&/g, '&&'),
          centerHeader: print.header?.center.replace(/&/g, '&&'),
          rightHeader: print.header?.right,
          centerFooter: 'Page &P / &N',
        },
        titleRows: { first: 0, last: 1 },
      });
    }
  });
});
