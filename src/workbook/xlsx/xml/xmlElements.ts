/**
 * Locates elements in XML text by local name, with their exact character ranges, so that
 * the writer can edit a part surgically (remove a `<sheet>`, append to `<cellXfs>`) and
 * leave every other byte as the producing application wrote it.
 */
import { XML_END, XML_EOF, XML_START, XmlScanner } from './xmlScanner';

/** Where an element sits in its XML text. */
export interface ElementRange {
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just after the start tag. */
  readonly openEnd: number;
  /** Offset of `<` of the end tag (= openEnd for a self-closing element). */
  readonly closeStart: number;
  /** Offset just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  /** Namespace prefix with its colon (`x:`), or `''`. */
  readonly prefix: string;
  /** The start tag's text. */
  readonly startTag: string;
}

/** Every element with the given local name, at any depth, in document order (outermost first when nested). */
export function findElements(xml: string, localName: string): ElementRange[] {
  const found: ElementRange[] = [];
  const open: { start: number; openEnd: number; prefix: string; depth: number }[] = [];
  const scanner = new XmlScanner(xml);
  let depth = 0;
  for (let token = scanner.next(); token !== XML_EOF; token = scanner.next()) {
    if (token === XML_START) {
      const isMatch = scanner.name === localName;
      const qualified = scanner.qualifiedName;
      const prefix =
        qualified.length > localName.length
          ? qualified.substring(0, qualified.length - localName.length)
          : '';
      if (scanner.selfClosing) {
        if (isMatch) {
          const end = scanner.position;
          found.push({
            start: scanner.tokenStart,
            openEnd: end,
            closeStart: end,
            end,
            selfClosing: true,
            prefix,
            startTag: xml.substring(scanner.tokenStart, end),
          });
        }
        continue;
      }
      depth++;
      if (isMatch)
        open.push({ start: scanner.tokenStart, openEnd: scanner.position, prefix, depth });
    } else if (token === XML_END) {
      const top = open[open.length - 1];
      if (scanner.name === localName && top !== undefined && top.depth === depth) {
        open.pop();
        found.push({
          start: top.start,
          openEnd: top.openEnd,
          closeStart: scanner.tokenStart,
          end: scanner.position,
          selfClosing: false,
          prefix: top.prefix,
          startTag: xml.substring(top.start, top.openEnd),
        });
      }
      depth--;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first element with the given local name, or null. */
export function findElement(xml: string, localName: string): ElementRange | null {
  return findElements(xml, localName)[0] ?? null;
}

/** Value of an attribute in a start tag's text, or null. */
export function attributeOf(startTag: string, name: string): string | null {
  const match = new RegExp(
    `[\\s:]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`,
  ).exec(startTag);
  if (!match) return null;
  return match[2] ?? match[3] ?? null;
}

/** A start tag with one attribute set (replaced or added). */
export function withAttribute(startTag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(startTag)) return startTag.replace(pattern, `$1"${value}"`);
  const close = startTag.endsWith('/>') ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.substring(0, close)} ${name}="${value}"${startTag.substring(close)}`;
}

/** Applies text replacements given as [start, end, text], in any order, non-overlapping. */
export function applyEdits(
  xml: string,
  edits: readonly (readonly [number, number, string])[],
): string {
  const sorted = [...edits].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, text] of sorted) {
    out += xml.substring(at, start) + text;
    at = end;
  }
  return out + xml.substring(at);
}

/**
 * The edit that appends `body` as the last children of `container`, expanding a
 * self-closing container (`<sheets/>` → `<sheets>…</sheets>`, its attributes kept).
 */
export function appendChildrenEdit(
  container: ElementRange,
  body: string,
): [number, number, string] {
  if (!container.selfClosing) return [container.closeStart, container.closeStart, body];
  const name = /^<([^\s/>]+)/.exec(container.startTag)?.[1] ?? '';
  const open = container.startTag.replace(/\s*\/>$/, '>');
  return [container.start, container.end, `${open}${body}</${name}>`];
}
