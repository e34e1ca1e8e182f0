/**
 * Page set-up of a printable sheet through `Worksheet.pageLayout` (ExcelApi 1.9): A4,
 * orientation, fixed scale, margins, the running header and the « Page n / N » footer,
 * title rows repeated on every page. Queued only (no sync); the caller checks the host
 * supports ExcelApi 1.9 first.
 */
import type { PlanPrint } from '../../engine';
import { PAGE_NUMBER_TEXT, headerSectionText } from '../../engine/plan/print/headerFooterCodes';
import type { PageLayoutLike } from './excelLike';

const POINTS_PER_INCH = 72;

/** Queues the page set-up of `print`; returns the number of calls queued. */
export function queuePageLayout(layout: PageLayoutLike, print: PlanPrint): number {
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { scale: print.scale };
  const m = print.margins;
  layout.leftMargin = m.left * POINTS_PER_INCH;
  layout.rightMargin = m.right * POINTS_PER_INCH;
  layout.topMargin = m.top * POINTS_PER_INCH;
  layout.bottomMargin = m.bottom * POINTS_PER_INCH;
  layout.headerMargin = m.header * POINTS_PER_INCH;
  layout.footerMargin = m.footer * POINTS_PER_INCH;
  let calls = 9;
  const page = layout.headersFooters.defaultForAllPages;
  if (print.header !== undefined) {
    page.leftHeader = headerSectionText(print.header.left);
    page.centerHeader = headerSectionText(print.header.center);
    page.rightHeader = headerSectionText(print.header.right);
    calls += 3;
  }
  if (print.pageNumbers) {
    page.centerFooter = PAGE_NUMBER_TEXT;
    calls++;
  }
  if (print.repeatRows !== undefined) {
    const [first, last] = print.repeatRows;
    layout.setPrintTitleRows(`$${first}:$${last}`);
    calls++;
  }
  return calls;
}
