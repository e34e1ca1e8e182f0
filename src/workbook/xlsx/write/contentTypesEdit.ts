/**
 * Edits `[Content_Types].xml`: drops the Override of removed parts, adds the Override of
 * new ones, and makes sure the defaults for `.rels` and `.xml` exist.
 */
import { encodeXmlText } from '../xml/xmlText';
import {
  appendChildrenEdit,
  applyEdits,
  attributeOf,
  findElement,
  findElements,
} from '../xml/xmlElements';
import { InsertionScope } from '../xml/xmlNamespaces';

const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** Content types of the parts the writer creates. */
export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
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
  if (types === null) throw new Error('[Content_Types].xml illisible');
  const edits: [number, number, string][] = [];
  for (const override of findElements(xml, 'Override')) {
    const partName = (attributeOf(override.startTag, 'PartName') ?? '')
      .replace(/^\//, '')
      .toLowerCase();
    if (removed.has(partName)) edits.push([override.start, override.end, '']);
  }
  const scope = InsertionScope.within(xml, types);
  const defaultName = scope.element(CONTENT_TYPES_NS, 'Default');
  const overrideName = scope.element(CONTENT_TYPES_NS, 'Override');
  const declarations = scope.declarations();
  const overridden = new Set(
    findElements(xml, 'Override')
      .map((o) => (attributeOf(o.startTag, 'PartName') ?? '').replace(/^\//, '').toLowerCase())
      .filter((name) => !removed.has(name)),
  );
  const existingDefaults = findElements(xml, 'Default').map((d) =>
    (attributeOf(d.startTag, 'Extension') ?? '').toLowerCase(),
  );
  let insert = '';
  for (const [extension, type] of DEFAULTS) {
    if (!existingDefaults.includes(extension))
      insert += `<${defaultName}${declarations} Extension="${extension}" ContentType="${type}"/>`;
  }
  for (const [partName, type] of added) {
    const key = partName.toLowerCase();
    if (overridden.has(key)) {
      // A part declared but missing (a styles part the workbook names and the zip lacks):
      // its Override stays, once.
      continue;
    }
    overridden.add(key);
    insert += `<${overrideName}${declarations} PartName="/${encodeXmlText(partName)}" ContentType="${type}"/>`;
  }
  edits.push(appendChildrenEdit(types, insert));
  return applyEdits(xml, edits);
}
