import { fakeSheetNames, fakeTables, fakeValues } from '../../../src/workbook/fakeExcel';
import { BROKEN_AMOUNT, breakSample } from '../../../src/preview/workbooks/brokenSample';
import { exampleFromQuery, openExample } from '../../../src/preview/workbooks/previewWorkbooks';
import { SAMPLE_TABLES } from '../../../src/workbook/sample/sampleData';

describe('preview workbooks', () => {
  it('opens the sample with one Excel table per input table, at A1 of a sheet of the same name', () => {
    const model = openExample('exemple');
    expect(fakeSheetNames(model)).toEqual(SAMPLE_TABLES.map((t) => t.name));
    const charges = SAMPLE_TABLES.find((t) => t.name === 'Charges');
    expect(fakeTables(model).find((t) => t.name === 'Charges')).toEqual({
      name: 'Charges',
      sheet: 'Charges',
      range: `A1:G${(charges?.rows.length ?? 0) + 1}`,
    });
    expect(fakeValues(model, 'Charges', 'A1:G1')).toEqual([charges?.headers]);
  });

  it('breaks exactly the first amount of Charges (cell E2)', () => {
    const model = openExample('erreur');
    expect(fakeValues(model, 'Charges', 'E2:E3')).toEqual([
      [BROKEN_AMOUNT],
      [SAMPLE_TABLES.find((t) => t.name === 'Charges')?.rows[1]?.[4]],
    ]);
    const changed = breakSample(SAMPLE_TABLES).flatMap((table, t) =>
      table.rows.flatMap((row, r) =>
        row
          .filter((cell, c) => cell !== SAMPLE_TABLES[t]?.rows[r]?.[c])
          .map(() => `${table.name}:${r}`),
      ),
    );
    expect(changed).toEqual(['Charges:0']);
  });

  it('opens a blank workbook with one sheet', () => {
    expect(fakeSheetNames(openExample('vide'))).toEqual(['Feuil1']);
  });

  it('reads the example from the URL', () => {
    expect(exampleFromQuery('?exemple=erreur')).toBe('erreur');
    expect(exampleFromQuery('?exemple=vide')).toBe('vide');
    expect(exampleFromQuery('')).toBe('exemple');
    expect(exampleFromQuery('?exemple=autre')).toBe('exemple');
  });
});
