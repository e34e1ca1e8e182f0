/**
 * Part names and relationship targets of an Open Packaging Convention package. Targets may
 * be relative to the source part (`worksheets/sheet1.xml`, `../tables/table1.xml`) or
 * package-absolute (`/xl/tables/table1.xml`, as openpyxl writes them): both resolve here
 * to one canonical part name without a leading slash.
 */

/** Name of the relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `''` → `_rels/.rels`). */
export function relationshipsPartName(partName: string): string {
  const slash = partName.lastIndexOf('/');
  const folder = slash < 0 ? '' : partName.substring(0, slash + 1);
  return `${folder}_rels/${partName.substring(slash + 1)}.rels`;
}

/** Folder of a part, with a trailing slash (`xl/worksheets/`), or `''` at the root. */
export function partFolder(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return slash < 0 ? '' : partName.substring(0, slash + 1);
}

function safeDecodeUri(value: string): string {
  if (value.indexOf('%') < 0) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Resolves a relationship target against its source part into a canonical part name. */
export function resolveTarget(sourcePartName: string, target: string): string {
  const clean = safeDecodeUri(target.split('#')[0] ?? '').replace(/\\/g, '/');
  const joined = clean.startsWith('/') ? clean.substring(1) : partFolder(sourcePartName) + clean;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** A relative target from one part to another, as Excel writes it (`../tables/table3.xml`). */
export function relativeTarget(sourcePartName: string, targetPartName: string): string {
  const from = partFolder(sourcePartName)
    .split('/')
    .filter((s) => s !== '');
  const to = targetPartName.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
