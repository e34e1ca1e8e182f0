/**
 * The parts the writer edits stay namespace-well-formed whatever prefixes and
 * declarations the input uses: each edited part is parsed by xmllint (namespace-aware)
 * and the new elements are checked to be in the right namespace.
 */
import { spawnSync } from 'node:child_process';
import { editWorkbookXml } from '../../../../src/workbook/xlsx/write/workbookXmlEdit';
import { editContentTypes } from '../../../../src/workbook/xlsx/write/contentTypesEdit';
import { editRelationships } from '../../../../src/workbook/xlsx/write/relationshipsEdit';
import { addOutputStyles } from '../../../../src/workbook/xlsx/write/stylesPatch';
import { InsertionScope, namespacesInScope } from '../../../../src/workbook/xlsx/xml/xmlNamespaces';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** xmllint's diagnostics for a document ('' when it is namespace-well-formed). */
function lint(xml: string): string {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '-'], {
    input: xml,
    encoding: 'utf8',
  });
  return result.stderr;
}

const edit = {
  removedSheetIndexes: new Set<number>(),
  removedSheetNames: [],
  removedTableNames: [],
  newSheets: [
    {
      name: 'QP Titres',
      sheetId: 5,
      relationshipId: 'rId9',
      printTitleRows: [1, 2] as [number, number],
    },
  ],
};

describe('namespace-aware insertion', () => {
  it('sees only the declarations of ancestors, not those of siblings', () => {
    const xml = `<a xmlns="urn:a"><b xmlns:r="urn:r"/><c xmlns:x="urn:x">|</c></a>`;
    const scope = namespacesInScope(xml, xml.indexOf('|'));
    expect(scope.get('')).toBe('urn:a');
    expect(scope.get('x')).toBe('urn:x');
    expect(scope.has('r')).toBe(false);
  });

  it('declares a prefix on the new element when none is bound, avoiding taken ones', () => {
    const xml = `<a xmlns="urn:a" xmlns:r="urn:other">|</a>`;
    const scope = new InsertionScope(xml, xml.indexOf('|'));
    expect(scope.element('urn:a', 'b')).toBe('b');
    expect(scope.attribute(REL, 'id', 'r')).toBe('r2:id');
    expect(scope.declarations()).toBe(` xmlns:r2="${REL}"`);
  });
});

describe('editWorkbookXml', () => {
  it('declares r on each new sheet when openpyxl declares it on its own sheets only', () => {
    const xml = `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${REL}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const out = editWorkbookXml(xml, edit);
    expect(lint(out)).toBe('');
    expect(out).toContain(`<sheet xmlns:r="${REL}" name="QP Titres" sheetId="5" r:id="rId9"/>`);
  });

  it('uses the prefixes the input binds: x: for the main namespace, rel: for relationships', () => {
    const xml = `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}" xmlns:mc="${MC}" mc:Ignorable="x15"><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets><x:extLst><x:ext uri="{A}"/></x:extLst></x:workbook>`;
    const out = editWorkbookXml(xml, edit);
    expect(lint(out)).toBe('');
    expect(out).toContain('<x:sheet name="QP Titres" sheetId="5" rel:id="rId9"/></x:sheets>');
    expect(out).toContain('<x:definedNames><x:definedName name="_xlnm.Print_Titles"');
    expect(out).toContain('mc:Ignorable="x15"');
    expect(out).toContain('<x:extLst><x:ext uri="{A}"/></x:extLst>');
  });

  it('expands self-closing <sheets/> and <definedNames/>', () => {
    const xml = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets/><definedNames/></workbook>`;
    const out = editWorkbookXml(xml, edit);
    expect(lint(out)).toBe('');
    expect(out).toContain('<sheets><sheet name="QP Titres" sheetId="5" r:id="rId9"/></sheets>');
    expect(out).toContain('<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">');
  });
});

describe('content types, relationships and styles', () => {
  it('appends Overrides and Relationships in the prefix the root uses', () => {
    const types = `<ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types"><ct:Default Extension="xml" ContentType="application/xml"/><ct:Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></ct:Types>`;
    const out = editContentTypes(types, new Set(), [
      ['xl/a.xml', 'text/x'],
      ['xl/a.xml', 'text/x'],
    ]);
    expect(lint(out)).toBe('');
    expect(out.match(/<ct:Override PartName="\/xl\/a\.xml"/g)).toHaveLength(1);
    const rels = `<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships"/>`;
    const edited = editRelationships(rels, new Set(), [
      { id: 'rId1', type: 'styles', target: 'styles.xml' },
    ]);
    expect(lint(edited)).toBe('');
    expect(edited).toMatch(/^<p:Relationships [^>]*><p:Relationship Id="rId1"/);
  });

  it('adds fonts with the x: prefix of an Open XML SDK stylesheet, family and scheme included', () => {
    const styles = `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/><x:family val="2"/><x:scheme val="minor"/></x:font></x:fonts><x:fills count="2"><x:fill/><x:fill/></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs><x:cellXfs count="1"><x:xf/></x:cellXfs></x:styleSheet>`;
    const { xml } = addOutputStyles(styles);
    expect(lint(xml)).toBe('');
    expect(xml).toContain(
      '<x:font><x:b/><x:sz val="11"/><x:name val="Calibri"/><x:family val="2"/><x:scheme val="minor"/></x:font>',
    );
    expect(xml).not.toMatch(/<(family|scheme|font|xf|numFmt)[\s/>]/);
  });
});
