/**
 * Which kind of Excel file a package is, from the content type of its workbook part:
 * workbook or template, with or without macros. Excel opens a file only when its
 * extension matches (a macro-enabled package named .xlsx is refused), so the output of a
 * run must keep the input's kind.
 */
import { attributeOf, findElements } from '../xml/xmlElements';
import { openWorkbookPackage } from '../zip/workbookLocation';
import { readPartText } from '../zip/zipArchive';

/** The file extension an Excel package of each kind must have. */
export type WorkbookKind = 'xlsx' | 'xlsm' | 'xltx' | 'xltm';

const KINDS: readonly (readonly [string, WorkbookKind])[] = [
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xlsx'],
  ['application/vnd.ms-excel.sheet.macroEnabled.main+xml', 'xlsm'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml', 'xltx'],
  ['application/vnd.ms-excel.template.macroEnabled.main+xml', 'xltm'],
];

/** The kind of the package, or null when its workbook part has none of the four content types. */
export function workbookKind(bytes: Uint8Array): WorkbookKind | null {
  const { archive, workbookPart } = openWorkbookPackage(bytes);
  const types = readPartText(archive, '[Content_Types].xml') ?? '';
  const wanted = `/${workbookPart}`.toLowerCase();
  for (const override of findElements(types, 'Override')) {
    const part = (attributeOf(override.startTag, 'PartName') ?? '').toLowerCase();
    if (part !== wanted) continue;
    const type = (attributeOf(override.startTag, 'ContentType') ?? '').trim().toLowerCase();
    return KINDS.find(([contentType]) => contentType.toLowerCase() === type)?.[1] ?? null;
  }
  return null;
}
