/**
 * Reads from styles.xml the only thing the reader needs: for each cell style index (`s`),
 * whether its number format shows a date.
 */
import { XML_END, XML_EOF, XML_START, XmlScanner } from '../xml/xmlScanner';
import { isDateFormat } from './dateFormats';

/** For each cellXfs index, true when the style displays a date. */
export function parseDateStyles(xml: string | null): boolean[] {
  const styles: boolean[] = [];
  if (xml === null) return styles;
  const custom = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  const scanner = new XmlScanner(xml);
  let inCellXfs = false;
  for (let token = scanner.next(); token !== XML_EOF; token = scanner.next()) {
    if (token === XML_START) {
      const name = scanner.name;
      if (name === 'numFmt') {
        custom.set(Number(scanner.attr('numFmtId')), scanner.attr('formatCode') ?? '');
      } else if (name === 'cellXfs') {
        inCellXfs = !scanner.selfClosing;
      } else if (name === 'xf' && inCellXfs) {
        xfNumFmtIds.push(Number(scanner.attr('numFmtId') ?? 0));
        scanner.skipElement();
      }
    } else if (token === XML_END && scanner.name === 'cellXfs') {
      inCellXfs = false;
    }
  }
  for (const id of xfNumFmtIds) styles.push(isDateFormat(id, custom.get(id)));
  return styles;
}
