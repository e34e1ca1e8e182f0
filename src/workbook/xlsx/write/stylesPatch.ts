/**
 * Adds the cell styles of QuotePart's output (one per column format, bold headers, text
 * block styles) to styles.xml by appending fonts, number formats and cellXfs: existing
 * styles keep their indexes, so input cells look exactly as before. Fonts copy the
 * workbook's default font (name, size) so outputs match the user's look.
 */
import { EXCEL_NUMBER_FORMATS, type ColumnFormat } from '../../../engine/plan/writePlan';
import { encodeXmlText } from '../xml/xmlText';
import {
  applyEdits,
  attributeOf,
  findElement,
  findElements,
  withAttribute,
  type ElementRange,
} from '../xml/xmlElements';
import { InsertionScope, namespaceOfElement } from '../xml/xmlNamespaces';

/** cellXfs indexes of one set of output styles. */
export interface OutputStyleSet {
  readonly header: number;
  readonly title: number;
  readonly heading: number;
  readonly note: number;
  readonly formats: Readonly<Record<ColumnFormat, number>>;
}

/** cellXfs indexes of the output styles, and of the same styles wrapping text, top-aligned (printable sheets). */
export interface OutputStyles extends OutputStyleSet {
  readonly wrapped: OutputStyleSet;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A minimal stylesheet for a package that has none. */
export const EMPTY_STYLESHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Built-in number formats that need no numFmt entry. */
const BUILT_IN_FORMAT_IDS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

const FORMATS: readonly ColumnFormat[] = [
  'text',
  'euro',
  'share',
  'percent',
  'number',
  'integer',
  'date',
];

/** Children of a container element, by local name, directly or nested. */
function childrenOf(xml: string, container: ElementRange, child: string): ElementRange[] {
  return findElements(xml.substring(container.openEnd, container.closeStart), child);
}

interface Appended {
  readonly edits: [number, number, string][];
  /** Index of the first appended child. */
  readonly firstIndex: number;
}

/** Qualifies SpreadsheetML names for new children of one container (`font` → `x:font`). */
type Names = (localName: string) => string;

/**
 * Appends children to a container (expanding a self-closing one) and updates its count.
 * `children` gets the container's names: the prefix bound to the main namespace there, or
 * a declaration on each new child when none is.
 */
function appendTo(
  xml: string,
  container: ElementRange,
  existing: number,
  children: (names: Names) => readonly string[],
): Appended {
  const scope = InsertionScope.within(xml, container);
  const mainNs = namespaceOfElement(xml, container) ?? MAIN_NS;
  const built = children((local) => scope.element(mainNs, local));
  const declarations = scope.declarations();
  const body = built.map((child) => child.replace(/^<([^\s/>]+)/, `<$1${declarations}`)).join('');
  const total = existing + built.length;
  const open = withAttribute(
    container.selfClosing ? container.startTag.replace(/\s*\/>$/, '>') : container.startTag,
    'count',
    String(total),
  );
  const closeName = /^<([^\s/>]+)/.exec(container.startTag)?.[1] ?? '';
  const edits: [number, number, string][] = container.selfClosing
    ? [[container.start, container.end, `${open}${body}</${closeName}>`]]
    : [
        [container.start, container.openEnd, open],
        [container.closeStart, container.closeStart, body],
      ];
  return { edits, firstIndex: existing };
}

function defaultFont(
  xml: string,
  fonts: ElementRange | null,
): { size: string; name: string; family: string | null; scheme: string | null } {
  const first = fonts === null ? null : childrenOf(xml, fonts, 'font')[0];
  const inner =
    first === undefined || first === null || fonts === null
      ? ''
      : xml.substring(fonts.openEnd, fonts.closeStart).substring(first.openEnd, first.closeStart);
  const size = attributeOf(findElement(inner, 'sz')?.startTag ?? '', 'val') ?? '11';
  const name = attributeOf(findElement(inner, 'name')?.startTag ?? '', 'val') ?? 'Calibri';
  const family = attributeOf(findElement(inner, 'family')?.startTag ?? '', 'val');
  const scheme = attributeOf(findElement(inner, 'scheme')?.startTag ?? '', 'val');
  return { size, name, family, scheme };
}

/** Children of styleSheet in schema order, with the default first child of the ones every xf needs. */
const STYLESHEET_ORDER: readonly (readonly [string, string | null])[] = [
  ['numFmts', null],
  ['fonts', '<font><sz val="11"/><name val="Calibri"/></font>'],
  [
    'fills',
    '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
  ],
  ['borders', '<border><left/><right/><top/><bottom/><diagonal/></border>'],
  ['cellStyleXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  ['cellXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
  ['cellStyles', null],
  ['dxfs', null],
  ['tableStyles', null],
  ['colors', null],
  ['extLst', null],
];

/** Inserts, in schema order, the containers a stylesheet must have and lacks (degenerate writers). */
function completeStylesheet(xml: string, sheet: ElementRange): string {
  const mainNs = namespaceOfElement(xml, sheet) ?? MAIN_NS;
  const edits: [number, number, string][] = [];
  STYLESHEET_ORDER.forEach(([name, defaults], index) => {
    if (defaults === null || findElement(xml, name) !== null) return;
    const count = name === 'fills' ? 2 : 1;
    const next = STYLESHEET_ORDER.slice(index + 1)
      .map(([later]) => findElement(xml, later))
      .find((found) => found !== null);
    const at = next?.start ?? sheet.closeStart;
    const scope = new InsertionScope(xml, at);
    const q = (local: string): string => scope.element(mainNs, local);
    const body = defaults.replace(
      /<(\/?)(\w+)/g,
      (_whole, slash: string, local: string) => `<${slash}${q(local)}`,
    );
    const element = `<${q(name)}${scope.declarations()} count="${count}">${body}</${q(name)}>`;
    edits.push([at, at, element]);
  });
  return edits.length === 0 ? xml : applyEdits(xml, edits);
}

/** Returns styles.xml with the output styles appended, and their indexes. */
export function addOutputStyles(stylesXml: string | null): { xml: string; styles: OutputStyles } {
  const original = stylesXml ?? EMPTY_STYLESHEET;
  const found = findElement(original, 'styleSheet');
  if (found === null || found.selfClosing) return addOutputStyles(null);
  const xml = completeStylesheet(original, found);
  const sheet = findElement(xml, 'styleSheet') ?? found;
  const mainNs = namespaceOfElement(xml, sheet) ?? MAIN_NS;
  const edits: [number, number, string][] = [];

  // Number formats.
  const numFmts = findElement(xml, 'numFmts');
  const customIds = new Map<string, number>();
  let maxId = 163;
  const existingNumFmts = numFmts === null ? [] : childrenOf(xml, numFmts, 'numFmt');
  for (const numFmt of existingNumFmts) {
    const id = Number(attributeOf(numFmt.startTag, 'numFmtId'));
    const code = attributeOf(numFmt.startTag, 'formatCode');
    if (Number.isInteger(id)) maxId = Math.max(maxId, id);
    if (code !== null && Number.isInteger(id))
      customIds.set(code.replace(/&quot;/g, '"').replace(/&amp;/g, '&'), id);
  }
  const newNumFmts: [number, string][] = [];
  const formatIds = {} as Record<ColumnFormat, number>;
  for (const format of FORMATS) {
    const code = EXCEL_NUMBER_FORMATS[format];
    let id = BUILT_IN_FORMAT_IDS[code] ?? customIds.get(code);
    if (id === undefined) {
      id = ++maxId;
      customIds.set(code, id);
      newNumFmts.push([id, code]);
    }
    formatIds[format] = id;
  }
  const numFmtXml = (q: Names): string[] =>
    newNumFmts.map(
      ([id, code]) => `<${q('numFmt')} numFmtId="${id}" formatCode="${encodeXmlText(code)}"/>`,
    );
  if (newNumFmts.length > 0) {
    if (numFmts === null) {
      const scope = new InsertionScope(xml, sheet.openEnd);
      const q: Names = (local) => scope.element(mainNs, local);
      const children = numFmtXml(q).join('');
      edits.push([
        sheet.openEnd,
        sheet.openEnd,
        `<${q('numFmts')}${scope.declarations()} count="${newNumFmts.length}">${children}</${q('numFmts')}>`,
      ]);
    } else edits.push(...appendTo(xml, numFmts, existingNumFmts.length, numFmtXml).edits);
  }

  // Fonts: bold (headers, headings), bold large (titles), italic (notes).
  const fonts = findElement(xml, 'fonts');
  if (fonts === null) throw new Error('styles.xml: fonts');
  const base = defaultFont(xml, fonts);
  const titleSize = String(Math.round(Number(base.size) * 1.4) || 14);
  const appendedFonts = appendTo(xml, fonts, childrenOf(xml, fonts, 'font').length, (q) => {
    const font = (style: string, size: string): string =>
      `<${q('font')}><${q(style)}/><${q('sz')} val="${size}"/><${q('name')} val="${encodeXmlText(base.name)}"/>` +
      (base.family === null ? '' : `<${q('family')} val="${encodeXmlText(base.family)}"/>`) +
      (base.scheme === null ? '' : `<${q('scheme')} val="${encodeXmlText(base.scheme)}"/>`) +
      `</${q('font')}>`;
    return [font('b', base.size), font('b', titleSize), font('i', base.size)];
  });
  edits.push(...appendedFonts.edits);
  const firstFont = appendedFonts.firstIndex;

  // Cell formats.
  const cellXfs = findElement(xml, 'cellXfs');
  if (cellXfs === null) throw new Error('styles.xml: cellXfs');
  const newXfs = (q: Names): string[] => {
    const set = (alignment: string): string[] => {
      const xf = (numFmtId: number, fontId: number): string =>
        `<${q('xf')} numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId === 0 ? '' : ' applyNumberFormat="1"'}${fontId === 0 ? '' : ' applyFont="1"'}` +
        (alignment === '' ? '/>' : ` applyAlignment="1">${alignment}</${q('xf')}>`);
      return [
        xf(0, firstFont),
        xf(0, firstFont + 1),
        xf(0, firstFont),
        xf(0, firstFont + 2),
        ...FORMATS.map((format) => xf(formatIds[format], 0)),
      ];
    };
    return [...set(''), ...set(`<${q('alignment')} vertical="top" wrapText="1"/>`)];
  };
  const xfCount = childrenOf(xml, cellXfs, 'xf').length;
  edits.push(...appendTo(xml, cellXfs, xfCount, newXfs).edits);
  const styleSet = (first: number): OutputStyleSet => {
    const formats = {} as Record<ColumnFormat, number>;
    FORMATS.forEach((format, index) => {
      formats[format] = first + 4 + index;
    });
    return { header: first, title: first + 1, heading: first + 2, note: first + 3, formats };
  };
  return {
    xml: applyEdits(xml, edits),
    styles: { ...styleSet(xfCount), wrapped: styleSet(xfCount + 4 + FORMATS.length) },
  };
}
