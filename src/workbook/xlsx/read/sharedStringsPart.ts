/**
 * Reads the shared string table: plain `<t>` items and rich-text runs (`<r><t>`), without
 * the phonetic guides (`<rPh>`) Excel keeps for East Asian text.
 */
import { decodeOoxmlEscapes } from '../xml/xmlText';
import { XML_END, XML_EOF, XML_START, XmlScanner } from '../xml/xmlScanner';

/** Reads the text of a string item (`<si>` or `<is>`) whose start tag was just scanned. */
export function readStringItem(scanner: XmlScanner): string {
  if (scanner.selfClosing) return '';
  let text = '';
  let depth = 1;
  for (;;) {
    const token = scanner.next();
    if (token === XML_EOF) break;
    if (token === XML_START) {
      if (scanner.name === 't') text += scanner.elementText();
      else if (scanner.name === 'rPh') scanner.skipElement();
      else if (!scanner.selfClosing) depth++;
    } else if (token === XML_END && --depth === 0) {
      break;
    }
  }
  return decodeOoxmlEscapes(text);
}

/** All shared strings, by index. */
export function parseSharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (xml === null) return strings;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== XML_EOF; token = scanner.next()) {
    if (token === XML_START && scanner.name === 'si') strings.push(readStringItem(scanner));
  }
  return strings;
}
