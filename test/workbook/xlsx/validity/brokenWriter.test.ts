/**
 * The harness fails when the writer is wrong: each case takes a valid result workbook
 * and breaks it the way a faulty writer would (the very bug of issue 9 first: `<sheet
 * r:id>` appended where `r` is not declared), and the harness must name the broken part.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { computeOutput, rewriteParts, withPrefixedMainNamespace } from './computeOutput';
import { checkPackage } from './packageValidity';

const ROOT = resolve(__dirname, '../../../..');
const OPENPYXL = new Uint8Array(
  readFileSync(resolve(ROOT, 'test/fixtures/xlsx/producers/openpyxl-sample.xlsx')),
);
const SAMPLE = new Uint8Array(readFileSync(resolve(ROOT, 'assets/sample.xlsx')));

let fromOpenpyxl: Uint8Array;
let fromPrefixed: Uint8Array;
let prefixedInput: Uint8Array;

beforeAll(async () => {
  fromOpenpyxl = (await computeOutput(OPENPYXL)).output as Uint8Array;
  prefixedInput = withPrefixedMainNamespace(SAMPLE);
  fromPrefixed = (await computeOutput(prefixedInput)).output as Uint8Array;
});

const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function failuresOf(bytes: Uint8Array, input: Uint8Array): string[] {
  return checkPackage(bytes, input).failures;
}

describe('the validity harness', () => {
  it('accepts the real outputs it is given broken copies of', () => {
    expect(failuresOf(fromOpenpyxl, OPENPYXL)).toEqual([]);
    expect(failuresOf(fromPrefixed, prefixedInput)).toEqual([]);
  });

  it('fails on `<sheet r:id>` appended without `r` in scope (the bug of openpyxl inputs)', () => {
    const broken = rewriteParts(fromOpenpyxl, (name, xml) =>
      name === 'xl/workbook.xml'
        ? xml.replace(/<sheet xmlns:r="[^"]*" name="QP /g, '<sheet name="QP ')
        : xml,
    );
    const failures = failuresOf(broken, OPENPYXL);
    expect(failures.some((f) => /^xl\/workbook\.xml : XML mal formé : .*prefix r/.test(f))).toBe(
      true,
    );
  });

  it('fails on unprefixed fonts appended to an `x:`-prefixed stylesheet (schema-invalid)', () => {
    const broken = rewriteParts(fromPrefixed, (name, xml) =>
      name === 'xl/styles.xml' ? xml.replace(/<x:family /g, '<family ') : xml,
    );
    expect(failuresOf(broken, prefixedInput)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^xl\/styles\.xml : non conforme à sml\.xsd/)]),
    );
  });

  it('fails on an element out of the schema order in a new sheet', () => {
    const broken = rewriteParts(fromOpenpyxl, (name, xml) =>
      name === 'xl/worksheets/sheet9.xml'
        ? xml.replace('<sheetData>', '<sheetData/><cols/><sheetData>')
        : xml,
    );
    expect(failuresOf(broken, OPENPYXL)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^xl\/worksheets\/sheet9\.xml : non conforme à sml\.xsd/),
      ]),
    );
  });

  it('fails on a duplicated table id, a table named as a defined name, a wrong header', () => {
    const broken = rewriteParts(fromOpenpyxl, (name, xml) => {
      if (name === 'xl/tables/table9.xml') return xml.replace(/ id="\d+"/, ' id="1"');
      if (name === 'xl/tables/table10.xml')
        return xml.replace(/<tableColumn id="1" name="[^"]*"/, '<tableColumn id="1" name="Autre"');
      if (name === 'xl/workbook.xml')
        return xml.replace(
          '</workbook>',
          '<definedNames><definedName name="QP_Titres">1</definedName></definedNames></workbook>',
        );
      return xml;
    });
    const failures = failuresOf(broken, OPENPYXL);
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^xl\/tables\/table9\.xml : id de tableau 1 déjà pris/),
        expect.stringMatching(/^xl\/tables\/table10\.xml : en-tête .* au lieu de « Autre »/),
        expect.stringMatching(/nom de tableau « qp_titres » = un nom défini/),
      ]),
    );
  });

  it('fails on a new part without content type or relationship, and on a repeated Override', () => {
    const broken = rewriteParts(
      fromOpenpyxl,
      (name, xml) => {
        if (name === '[Content_Types].xml')
          return xml
            .replace(/<Override PartName="\/xl\/worksheets\/sheet9\.xml"[^>]*\/>/, '')
            .replace(
              '</Types>',
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
            );
        return xml;
      },
      { 'xl/orphan.xml': '<?xml version="1.0"?><a/>' },
    );
    expect(failuresOf(broken, OPENPYXL)).toEqual(
      expect.arrayContaining([
        'xl/worksheets/sheet9.xml : type de contenu application/xml pour un élément racine worksheet',
        "xl/orphan.xml : aucune relation n'y mène",
        '[Content_Types].xml : Override en double pour /xl/styles.xml',
      ]),
    );
  });

  it('checks every part a declaration removal breaks, whatever its prefix', () => {
    const broken = rewriteParts(fromOpenpyxl, (name, xml) =>
      name === 'xl/worksheets/sheet9.xml' ? xml.replace(R_NS, '') : xml,
    );
    const failures = failuresOf(broken, OPENPYXL);
    expect(failures.some((f) => f.startsWith('xl/worksheets/sheet9.xml : XML mal formé'))).toBe(
      true,
    );
  });
});
