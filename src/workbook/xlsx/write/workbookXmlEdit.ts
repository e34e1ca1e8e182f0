/**
 * Edits workbook.xml: removes the owned sheets and the defined names that point at them
 * (renumbering the sheet-local ones, whose `localSheetId` is a sheet index), keeps the
 * active tab on the same sheet, then appends the new sheets and their print titles.
 */
import { decodeXmlText, encodeXmlText } from '../xml/xmlText';
import {
  applyEdits,
  attributeOf,
  findElement,
  findElements,
  prefixOfNamespace,
  withAttribute,
} from '../xml/xmlElements';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A sheet to append to the workbook. */
export interface NewWorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** Rows repeated on every printed page, if any. */
  readonly printTitleRows?: readonly [number, number];
}

/** What to change in workbook.xml. */
export interface WorkbookEdit {
  readonly removedSheetIndexes: ReadonlySet<number>;
  readonly removedSheetNames: readonly string[];
  readonly removedTableNames: readonly string[];
  readonly newSheets: readonly NewWorkbookSheet[];
}

/** A sheet name as it appears in a formula: always quoted, quotes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function pointsAtRemoved(formula: string, edit: WorkbookEdit): boolean {
  const lower = formula.toLowerCase();
  for (const name of edit.removedSheetNames) {
    if (
      lower.includes(`${quotedSheetName(name).toLowerCase()}!`) ||
      lower.includes(`${name.toLowerCase()}!`)
    )
      return true;
  }
  for (const table of edit.removedTableNames) {
    if (
      new RegExp(`(^|[^\\w.])${table.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[`, 'i').test(formula)
    )
      return true;
  }
  return false;
}

/** Index of a sheet after the removal, or null when the sheet itself is removed. */
function renumber(index: number, removed: ReadonlySet<number>): number | null {
  if (removed.has(index)) return null;
  let shift = 0;
  for (const r of removed) if (r < index) shift++;
  return index - shift;
}

/** Returns the edited workbook.xml. */
export function editWorkbookXml(xml: string, edit: WorkbookEdit): string {
  const workbook = findElement(xml, 'workbook');
  const sheets = findElement(xml, 'sheets');
  if (workbook === null || sheets === null) throw new Error('workbook.xml illisible');
  const p = sheets.prefix;
  const edits: [number, number, string][] = [];
  let relPrefix = prefixOfNamespace(xml, RELATIONSHIPS_NS);
  if (relPrefix === null || relPrefix === '') {
    relPrefix = 'qpr:';
    edits.push([
      workbook.start,
      workbook.openEnd,
      withAttribute(workbook.startTag, 'xmlns:qpr', RELATIONSHIPS_NS),
    ]);
  }
  const sheetElements = findElements(xml, 'sheet').filter(
    (s) => s.start >= sheets.openEnd && s.end <= sheets.closeStart,
  );
  sheetElements.forEach((sheet, index) => {
    if (edit.removedSheetIndexes.has(index)) edits.push([sheet.start, sheet.end, '']);
  });
  const keptCount = sheetElements.length - edit.removedSheetIndexes.size;
  const newSheetsXml = edit.newSheets
    .map(
      (s) =>
        `<${p}sheet name="${encodeXmlText(s.name)}" sheetId="${s.sheetId}" ${relPrefix}id="${s.relationshipId}"/>`,
    )
    .join('');
  if (sheets.selfClosing)
    edits.push([sheets.start, sheets.end, `<${p}sheets>${newSheetsXml}</${p}sheets>`]);
  else edits.push([sheets.closeStart, sheets.closeStart, newSheetsXml]);

  for (const view of findElements(xml, 'workbookView')) {
    let tag = view.startTag;
    for (const attribute of ['activeTab', 'firstSheet']) {
      const value = attributeOf(tag, attribute);
      if (value === null) continue;
      tag = withAttribute(
        tag,
        attribute,
        String(renumber(Number(value), edit.removedSheetIndexes) ?? 0),
      );
    }
    if (tag !== view.startTag) edits.push([view.start, view.openEnd, tag]);
  }

  const newNames = edit.newSheets
    .map((sheet, index) => {
      if (sheet.printTitleRows === undefined) return '';
      const [first, last] = sheet.printTitleRows;
      const formula = `${quotedSheetName(sheet.name)}!$${first}:$${last}`;
      return `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${keptCount + index}">${encodeXmlText(formula)}</${p}definedName>`;
    })
    .join('');
  const definedNames = findElement(xml, 'definedNames');
  if (definedNames === null) {
    if (newNames !== '') {
      const after =
        ['externalReferences', 'functionGroups', 'sheets']
          .map((name) => findElement(xml, name))
          .find((found) => found !== null) ?? sheets;
      edits.push([after.end, after.end, `<${p}definedNames>${newNames}</${p}definedNames>`]);
    }
  } else if (!definedNames.selfClosing) {
    const names = findElements(xml, 'definedName');
    let kept = 0;
    for (const name of names) {
      const local = attributeOf(name.startTag, 'localSheetId');
      const newIndex = local === null ? -1 : renumber(Number(local), edit.removedSheetIndexes);
      const formula = decodeXmlText(xml.substring(name.openEnd, name.closeStart));
      if (newIndex === null || pointsAtRemoved(formula, edit)) {
        edits.push([name.start, name.end, '']);
        continue;
      }
      kept++;
      if (local !== null && newIndex !== Number(local))
        edits.push([
          name.start,
          name.openEnd,
          withAttribute(name.startTag, 'localSheetId', String(newIndex)),
        ]);
    }
    if (kept === 0 && newNames === '') edits.push([definedNames.start, definedNames.end, '']);
    else edits.push([definedNames.closeStart, definedNames.closeStart, newNames]);
  } else if (newNames !== '') {
    edits.push([
      definedNames.start,
      definedNames.end,
      `<${p}definedNames>${newNames}</${p}definedNames>`,
    ]);
  }
  return applyEdits(xml, edits);
}
