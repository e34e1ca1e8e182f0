/** Fingerprints of the input: a changed cell is seen and named; QuotePart's own sheets are not input. */
import fc from 'fast-check';
import type { RawTable, RawWorkbook } from '../../../src/engine';
import { rawDate } from '../../../src/engine';
import {
  SHEETS_KEY,
  changedTables,
  fingerprintWorkbook,
} from '../../../src/taskpane/stale/workbookFingerprint';
import { describeChangedTables } from '../../../src/taskpane/components/WriteSection/describeChangedTables';

function table(
  name: string,
  rows: RawTable['rows'],
  source: RawTable['source'] = 'table',
): RawTable {
  return { name, sheet: name, source, headerRow: 1, firstColumn: 1, headers: ['A', 'B'], rows };
}

const WORKBOOK: RawWorkbook = {
  tables: [
    table('Charges', [
      ['Messagerie', 148600],
      ['Réseau', 1200.5],
    ]),
    table('Membres', [['Pontvieux', rawDate('2026-01-01')]]),
  ],
  sheetNames: ['Charges', 'Membres'],
};

describe('fingerprintWorkbook', () => {
  it('is the same for the same input, and names the table whose cell changed', async () => {
    const before = await fingerprintWorkbook(WORKBOOK);
    expect(changedTables(before, await fingerprintWorkbook(structuredClone(WORKBOOK)))).toEqual([]);
    const edited: RawWorkbook = {
      ...WORKBOOK,
      tables: [
        table('Charges', [
          ['Messagerie', 999999],
          ['Réseau', 1200.5],
        ]),
        WORKBOOK.tables[1]!,
      ],
    };
    const changed = changedTables(before, await fingerprintWorkbook(edited));
    expect(changed).toEqual(['Charges']);
    expect(describeChangedTables(changed)).toBe('table «\u00a0Charges\u00a0»');
  });

  it('ignores QuotePart sheets, but sees input sheets added or renamed', async () => {
    const before = await fingerprintWorkbook(WORKBOOK);
    const written = { ...WORKBOOK, sheetNames: [...WORKBOOK.sheetNames, 'QP Synthèse', '~QP1 x'] };
    expect(changedTables(before, await fingerprintWorkbook(written))).toEqual([]);
    const added = { ...WORKBOOK, sheetNames: [...WORKBOOK.sheetNames, 'Feuil2'] };
    const changed = changedTables(before, await fingerprintWorkbook(added));
    expect(changed).toEqual([SHEETS_KEY]);
    expect(describeChangedTables(changed)).toBe('liste des feuilles');
  });

  it('tells apart every change of one cell (value or type)', async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.string().map((iso) => rawDate(iso)),
    );
    await fc.assert(
      fc.asyncProperty(cell, cell, async (a, b) => {
        fc.pre(
          JSON.stringify(a) !== JSON.stringify(b) &&
            !(Object.is(a, 0) && Object.is(b, -0)) &&
            !(Object.is(a, -0) && Object.is(b, 0)),
        );
        const one = await fingerprintWorkbook({ tables: [table('T', [[a]])], sheetNames: ['T'] });
        const two = await fingerprintWorkbook({ tables: [table('T', [[b]])], sheetNames: ['T'] });
        expect(changedTables(one, two)).toEqual(['T']);
      }),
      { numRuns: 200 },
    );
  });

  it('names a table read both as an Excel table and as its sheet once', () => {
    expect(describeChangedTables(['Charges', 'Charges (feuille)', 'Usages'])).toBe(
      'tables «\u00a0Charges\u00a0» et «\u00a0Usages\u00a0»',
    );
  });
});
