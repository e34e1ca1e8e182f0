/**
 * Edits workbook.xml: removes the owned sheets and the defined names that point at them
 * (renumbering the sheet-local ones, whose `localSheetId` is a sheet index), keeps the
 * active tab on the same sheet, then appends the new sheets and their print titles.
 */
import { decodeXmlText, encodeXmlText } from '../xml/xmlText';
import {
  appendChildrenEdit,
  applyEdits,
  attributeOf,
  findElement,
  findElements,
  withAttribute,
} from '../xml/xmlElements';
import { InsertionScope, namespaceOfElement } from '../xml/xmlNamespaces';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

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
  const mainNs = namespaceOfElement(xml, sheets) ?? MAIN_NS;
  const edits: [number, number, string][] = [];
  const sheetElements = findElements(xml, 'sheet').filter(
    (s) => s.start >= sheets.openEnd && s.end <= sheets.closeStart,
  );
  sheetElements.forEach((sheet, index) => {
    if (edit.removedSheetIndexes.has(index)) edits.push([sheet.start, sheet.end, '']);
  });
  const keptCount = sheetElements.length - edit.removedSheetIndexes.size;
  const inSheets = InsertionScope.within(xml, sheets);
  const sheetName = inSheets.element(mainNs, 'sheet');
  const idName = inSheets.attribute(RELATIONSHIPS_NS, 'id', 'r');
  const sheetDeclarations = inSheets.declarations();
  const newSheetsXml = edit.newSheets
    .map(
      (s) =>
        `<${sheetName}${sheetDeclarations} name="${encodeXmlText(s.name)}" sheetId="${s.sheetId}" ${idName}="${s.relationshipId}"/>`,
    )
    .join('');
  edits.push(appendChildrenEdit(sheets, newSheetsXml));

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

  const definedNames = findElement(xml, 'definedNames');
  const after =
    ['externalReferences', 'functionGroups', 'sheets']
      .map((name) => findElement(xml, name))
      .find((found) => found !== null) ?? sheets;
  // New names go inside the existing <definedNames>, else in a new one after `after`.
  const inNames =
    definedNames === null
      ? new InsertionScope(xml, after.end)
      : InsertionScope.within(xml, definedNames);
  const definedNamesName = inNames.element(mainNs, 'definedNames');
  const definedNameName = inNames.element(mainNs, 'definedName');
  const namesDeclarations = inNames.declarations();
  const wrapped = definedNames === null;
  const newNames = edit.newSheets
    .map((sheet, index) => {
      if (sheet.printTitleRows === undefined) return '';
      const [first, last] = sheet.printTitleRows;
      const formula = `${quotedSheetName(sheet.name)}!$${first}:$${last}`;
      return `<${definedNameName}${wrapped ? '' : namesDeclarations} name="_xlnm.Print_Titles" localSheetId="${keptCount + index}">${encodeXmlText(formula)}</${definedNameName}>`;
    })
    .join('');
  if (definedNames === null) {
    if (newNames !== '')
      edits.push([
        after.end,
        after.end,
        `<${definedNamesName}${namesDeclarations}>${newNames}</${definedNamesName}>`,
      ]);
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
    else edits.push(appendChildrenEdit(definedNames, newNames));
  } else if (newNames !== '') {
    edits.push(appendChildrenEdit(definedNames, newNames));
  }
  return applyEdits(xml, edits);
}
