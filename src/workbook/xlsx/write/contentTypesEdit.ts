/**
 * Edits `[Content_Types].xml`: drops the Override of removed parts, adds the Override of
 * new ones, and makes sure the defaults for `.rels` and `.xml` exist.
 */
import { encodeXmlText } from '../xml/xmlText';
import { applyEdits, attributeOf, findElement, findElements } from '../xml/xmlElements';

/** Content types of the parts the writer creates. */
export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

const DEFAULTS: readonly (readonly [string, string])[] = [
  ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
  ['xml', 'application/xml'],
];

/** Returns the content types with the overrides of `removed` parts dropped and `added` ones appended. */
export function editContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  added: readonly (readonly [string, string])[],
): string {
  const types = findElement(xml, 'Types');
  if (types === null || types.selfClosing) throw new Error('[Content_Types].xml illisible');
  const edits: [number, number, string][] = [];
  for (const override of findElements(xml, 'Override')) {
    const partName = (attributeOf(override.startTag, 'PartName') ?? '')
      .replace(/^\//, '')
      .toLowerCase();
    if (removed.has(partName)) edits.push([override.start, override.end, '']);
  }
  const p = types.prefix;
  const existingDefaults = findElements(xml, 'Default').map((d) =>
    (attributeOf(d.startTag, 'Extension') ?? '').toLowerCase(),
  );
  let insert = '';
  for (const [extension, type] of DEFAULTS) {
    if (!existingDefaults.includes(extension))
      insert += `<${p}Default Extension="${extension}" ContentType="${type}"/>`;
  }
  for (const [partName, type] of added)
    insert += `<${p}Override PartName="/${encodeXmlText(partName)}" ContentType="${type}"/>`;
  edits.push([types.closeStart, types.closeStart, insert]);
  return applyEdits(xml, edits);
}
