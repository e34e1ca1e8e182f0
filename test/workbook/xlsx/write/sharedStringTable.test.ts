/** The output's shared string table: continuing the input's, new parts, and when it stays inline. */
import { strFromU8, unzipSync } from 'fflate';
import type { PlanSheet } from '../../../../src/engine/plan/writePlan';
import { parseSharedStrings } from '../../../../src/workbook/xlsx/read/sharedStringsPart';
import {
  MAX_SHARED_TEXT_CHARS,
  SharedStringTable,
} from '../../../../src/workbook/xlsx/write/sharedStringTable';
import { writeXlsxWithPlan } from '../../../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { buildPackage, MAIN_NS } from '../support/buildPackage';
import { sheetGrids } from '../support/sheetGrids';
import { checkPackage } from '../validity/packageValidity';

const xmlOf = (table: SharedStringTable): string => [...table.partPieces()].join('');

describe('SharedStringTable', () => {
  it('appends after the input’s items, reusing only plain ones, and counts references', () => {
    const input =
      `<?xml version="1.0"?>\n<sst xmlns="${MAIN_NS}" count="5" uniqueCount="3">` +
      '<si><t>A &amp; B</t></si><si><r><t>Rich</t></r></si><si><t> edge</t></si></sst>';
    const table = SharedStringTable.continuing(input) as SharedStringTable;
    expect(table.share('A & B')).toBe(0);
    expect(table.share('Rich')).toBe(3);
    expect(table.share(' edge')).toBe(4);
    expect(table.share('Rich')).toBe(3);
    table.reference();
    expect(table.share('x'.repeat(MAX_SHARED_TEXT_CHARS + 1))).toBe(-1);
    const xml = xmlOf(table);
    expect(xml).toBe(
      `<?xml version="1.0"?>\n<sst xmlns="${MAIN_NS}" count="10" uniqueCount="5">` +
        '<si><t>A &amp; B</t></si><si><r><t>Rich</t></r></si><si><t> edge</t></si>' +
        '<si><t>Rich</t></si><si><t xml:space="preserve"> edge</t></si></sst>',
    );
    expect(parseSharedStrings(xml)).toEqual(['A & B', 'Rich', ' edge', 'Rich', ' edge']);
  });

  it('starts a new part, expands a self-closing root, and refuses a prefixed one', () => {
    const fresh = SharedStringTable.continuing(null) as SharedStringTable;
    expect(fresh.share('a\u0001<b>')).toBe(0);
    expect(parseSharedStrings(xmlOf(fresh))).toEqual(['a\u0001<b>']);
    const empty = SharedStringTable.continuing(`<sst xmlns="${MAIN_NS}"/>`) as SharedStringTable;
    empty.share('z');
    expect(xmlOf(empty)).toBe(
      `<sst xmlns="${MAIN_NS}" count="1" uniqueCount="1"><si><t>z</t></si></sst>`,
    );
    expect(SharedStringTable.continuing(`<x:sst xmlns:x="${MAIN_NS}"/>`)).toBeNull();
  });
});

const big: PlanSheet = {
  name: 'QP Grand',
  freezeRows: 1,
  blocks: [
    {
      kind: 'table',
      name: 'QP_Grand',
      row: 1,
      column: 1,
      columns: [
        { header: 'Membre', format: 'text', width: 20 },
        { header: 'Montant', format: 'euro', width: 12 },
        { header: 'Note', format: 'text', width: 12 },
      ],
      rows: [
        ['Alpha', '1.50', 'n'],
        ['Alpha', null, 'n'],
        ['Bêta & co', '2', null],
        ['Alpha', '3', ''],
      ],
    },
  ],
};

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

describe('the writer’s shared strings part', () => {
  const plain = { compactFromRows: Number.POSITIVE_INFINITY };
  const compact = { compactFromRows: 1 };

  it('is created with its relationship and content type when the input has none', () => {
    const input = buildPackage({
      sheets: [
        {
          name: 'Feuil1',
          body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
        },
      ],
    });
    const plan = { sheets: [big] };
    const out = writeXlsxWithPlan(input, plan, compact);
    const parts = partsOf(out);
    expect(parts['xl/sharedStrings.xml']).toContain('<si><t>Alpha</t></si><si><t>n</t></si>');
    expect(parts['[Content_Types].xml']).toContain('PartName="/xl/sharedStrings.xml"');
    expect(parts['xl/_rels/workbook.xml.rels']).toMatch(
      /relationships\/sharedStrings" Target="sharedStrings.xml"/,
    );
    expect(sheetGrids(out)).toEqual(sheetGrids(writeXlsxWithPlan(input, plan, plain)));
    expect(checkPackage(out, input).failures).toEqual([]);
  });

  it('is left as it is (texts inline) when the input’s table is in a prefixed namespace', () => {
    const input = buildPackage({
      prefix: 'x',
      sharedStrings: ['Service'],
      sheets: [
        {
          name: 'Feuil1',
          body: '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>',
        },
      ],
    });
    const plan = { sheets: [big] };
    const out = writeXlsxWithPlan(input, plan, compact);
    expect(partsOf(out)['xl/sharedStrings.xml']).toBe(partsOf(input)['xl/sharedStrings.xml']);
    expect(Object.values(partsOf(out)).join('')).not.toContain('t="s"><v>');
    expect(sheetGrids(out)).toEqual(sheetGrids(writeXlsxWithPlan(input, plan, plain)));
  });
});
