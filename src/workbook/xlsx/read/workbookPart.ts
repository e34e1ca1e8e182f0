/**
 * Reads workbook.xml: the sheets in tab order (name, state, relationship id) and whether
 * dates count from 1904.
 */
import { XML_EOF, XML_START, XmlScanner } from '../xml/xmlScanner';

/** One `<sheet>` of the workbook. */
export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: string;
  readonly relationshipId: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

/** What the reader needs from workbook.xml. */
export interface WorkbookInfo {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
}

/** Parses workbook.xml. */
export function parseWorkbookPart(xml: string): WorkbookInfo {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== XML_EOF; token = scanner.next()) {
    if (token !== XML_START) continue;
    if (scanner.name === 'workbookPr') {
      const flag = (scanner.attr('date1904') ?? '').toLowerCase();
      date1904 = flag === '1' || flag === 'true';
    } else if (scanner.name === 'sheet') {
      const state = scanner.attr('state');
      sheets.push({
        name: scanner.attr('name') ?? '',
        sheetId: scanner.attr('sheetId') ?? '',
        relationshipId: scanner.attr('id') ?? '',
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      });
    }
  }
  return { sheets, date1904 };
}
