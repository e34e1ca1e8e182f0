/**
 * The print part of a worksheet, in CT_Worksheet order after sheetData: merged cells of
 * text lines spanning columns, page margins, page set-up (A4, orientation, fixed scale)
 * and the running header and « Page n / N » footer, from the plan's page set-up.
 */
import { cellAddress } from '../../../engine';
import type { PlanPageHeader, PlanPrint, PlanSheet } from '../../../engine/plan/writePlan';
import { PAGE_NUMBER_TEXT, headerSectionText } from '../../../engine/plan/print/headerFooterCodes';
import { encodeXmlText } from '../xml/xmlText';

/** Margins of a sheet without page set-up (Excel's defaults, as before). */
const DEFAULT_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** `paperSize` code of A4 in SpreadsheetML. */
const A4_PAPER = 9;

/** Footer codes: page number and page count, centred. */
export const PAGE_NUMBER_FOOTER = `&C${PAGE_NUMBER_TEXT}`;

/** The header codes of a running page header (left, centre, right sections). */
export function pageHeaderCodes(header: PlanPageHeader): string {
  const [left, center, right] = [header.left, header.center, header.right].map(headerSectionText);
  return `&L${left ?? ''}&C${center ?? ''}&R${right ?? ''}`;
}

/** `<mergeCells>` of the text lines spanning more than one column, or nothing. */
export function mergeCellsXml(sheet: PlanSheet): string {
  const refs: string[] = [];
  for (const block of sheet.blocks) {
    if (block.kind !== 'text' || (block.span ?? 1) <= 1) continue;
    const last = block.column + (block.span ?? 1) - 1;
    refs.push(
      `<mergeCell ref="${cellAddress(block.row, block.column)}:${cellAddress(block.row, last)}"/>`,
    );
  }
  return refs.length === 0
    ? ''
    : `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

/** pageMargins, pageSetup and headerFooter of a sheet (margins only without page set-up). */
export function pageSetupXml(print: PlanPrint | undefined): string {
  if (print === undefined) return DEFAULT_MARGINS;
  const m = print.margins;
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  const setup = `<pageSetup paperSize="${A4_PAPER}" scale="${print.scale}" orientation="${print.orientation}"/>`;
  const header =
    print.header === undefined
      ? ''
      : `<oddHeader>${encodeXmlText(pageHeaderCodes(print.header))}</oddHeader>`;
  const footer = print.pageNumbers
    ? `<oddFooter>${encodeXmlText(PAGE_NUMBER_FOOTER)}</oddFooter>`
    : '';
  const headerFooter =
    header + footer === '' ? '' : `<headerFooter>${header}${footer}</headerFooter>`;
  return margins + setup + headerFooter;
}
