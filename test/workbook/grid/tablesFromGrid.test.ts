/**
 * The grid → table rules both adapters share: the Office reader's `tableFromGrid` /
 * `plainSheetTable` and the xlsx reader's `tableFromDefinition` / `tableFromSheet` cut
 * the same RawTables from the same cells.
 */
import type { RawCell } from '../../../src/engine';
import {
  RowSlices,
  tableFromRange,
  tableFromSheet,
} from '../../../src/workbook/grid/tablesFromGrid';
import { plainSheetTable, SheetGrid, tableFromGrid } from '../../../src/workbook/office/sheetGrid';
import { tableFromDefinition } from '../../../src/workbook/xlsx/read/tableFromDefinition';

/** Rows 2–6 of a sheet, from column B: headers, data, a blank row, data, a totals row. */
function grid(): SheetGrid {
  const g = new SheetGrid();
  const rows: RawCell[][] = [
    ['Membre', 'Population', null],
    ['Ville A', 1000, 'x'],
    [null, null, null],
    ['Ville B', 2000, null],
    ['Total', 3000, null],
  ];
  rows.forEach((cells, r) => cells.forEach((cell, c) => g.set(r + 2, c + 1, cell)));
  return g;
}

describe('grid → tables', () => {
  it('gives the same Excel table through the Office and the xlsx reader', () => {
    const place = { name: 'Membres', sheet: 'Feuil1', top: 2, left: 2, bottom: 6, right: 3 };
    const office = tableFromGrid(grid(), { ...place, hasTotals: true });
    const xlsx = tableFromDefinition(
      {
        name: 'Membres',
        range: { top: 2, left: 2, bottom: 6, right: 3 },
        headerRowCount: 1,
        totalsRowCount: 1,
        columnNames: ['Membre', 'Population'],
      },
      'Feuil1',
      new RowSlices(grid().rows),
    );
    expect(office).toEqual(xlsx);
    expect(office.headers).toEqual(['Membre', 'Population']);
    expect(office.rows).toEqual([
      ['Ville A', 1000],
      [null, null],
      ['Ville B', 2000],
    ]);
  });

  it('takes a declared column name over the header cell, and none when the header is hidden', () => {
    const slices = new RowSlices(grid().rows);
    const base = { name: 'T', top: 2, left: 2, bottom: 3, right: 3, totalsRows: 0 };
    expect(
      tableFromRange({ ...base, hasHeader: true, columnNames: ['Nom', ''] }, 'S', slices).headers,
    ).toEqual(['Nom', 'Population']);
    const hidden = tableFromRange({ ...base, hasHeader: false }, 'S', slices);
    expect([hidden.headerRow, hidden.headers, hidden.rows.length]).toEqual([1, [null, null], 2]);
  });

  it('reads a plain sheet the same way in both adapters: first non-empty row, blank rows skipped', () => {
    const office = plainSheetTable(grid(), 'Feuil1');
    expect(office).toEqual(tableFromSheet('Feuil1', new RowSlices(grid().rows)));
    expect([office.headerRow, office.firstColumn, office.headers]).toEqual([
      2,
      2,
      ['Membre', 'Population'],
    ]);
    expect(office.rowNumbers).toEqual([3, 5, 6]);
    expect(plainSheetTable(new SheetGrid(), 'Vide')).toMatchObject({ headers: [], rows: [] });
  });
});
