import { rawDate, rawError, type RawWorkbook } from '../../../src/engine';
import { rawWorkbookSpec } from '../../../src/preview/workbooks/rawWorkbookSpec';
import {
  buildFakeWorkbook,
  fakeCell,
  fakeSheetNames,
  fakeTables,
  fakeValues,
} from '../../../src/workbook/fakeExcel';

const WORKBOOK: RawWorkbook = {
  sheetNames: ['Données', 'Notes', 'QP Journal'],
  tables: [
    {
      name: 'Membres',
      sheet: 'Données',
      source: 'table',
      headerRow: 3,
      firstColumn: 2,
      headers: ['Membre', 'Entrée', 'Population'],
      rows: [
        ['Bois-Joly', rawDate('2026-07-01'), 3184],
        ['Vaudrey', null, rawError('#N/A')],
      ],
    },
    {
      name: 'Vide',
      sheet: 'Données',
      source: 'table',
      headerRow: 10,
      firstColumn: 1,
      headers: ['Service', 'Membre'],
      rows: [],
    },
    {
      name: 'Notes',
      sheet: 'Notes',
      source: 'sheet',
      headerRow: 1,
      firstColumn: 1,
      headers: ['Note'],
      rows: [['a'], ['c']],
      rowNumbers: [2, 4],
    },
  ],
};

describe('rawWorkbookSpec', () => {
  const model = buildFakeWorkbook(rawWorkbookSpec('Classeur.xlsx', WORKBOOK));

  it('keeps every sheet in order, owned sheets included (empty)', () => {
    expect(model.name).toBe('Classeur.xlsx');
    expect(fakeSheetNames(model)).toEqual(['Données', 'Notes', 'QP Journal']);
  });

  it('puts the cells of a table where they were, with dates and errors', () => {
    expect(fakeValues(model, 'Données', 'B3:D5')).toEqual([
      ['Membre', 'Entrée', 'Population'],
      ['Bois-Joly', 46204, 3184],
      ['Vaudrey', null, '#N/A'],
    ]);
    expect(fakeCell(model, 'Données', 'C4').numberFormat).toBe('dd/mm/yyyy');
    expect(fakeCell(model, 'Données', 'D5').type).toBe('Error');
  });

  it('recreates the Excel tables over their ranges, header-only ones included', () => {
    expect(fakeTables(model)).toEqual([
      { name: 'Membres', sheet: 'Données', range: 'B3:D5' },
      { name: 'Vide', sheet: 'Données', range: 'A10:B11' },
    ]);
  });

  it('puts the rows of a plain sheet at their row numbers', () => {
    expect(fakeValues(model, 'Notes', 'A1:A4')).toEqual([['Note'], ['a'], [null], ['c']]);
  });
});
