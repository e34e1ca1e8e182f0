import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, gridWindow } from '../../../src/preview/grid/gridWindow';

describe('gridWindow', () => {
  it('shows the used range from A1 with a margin', () => {
    expect(gridWindow({ row: 0, column: 0, rowCount: 10, columnCount: 4 }, null)).toEqual({
      rowStart: 0,
      rowEnd: 13,
      columnEnd: 7,
      rowsCut: 0,
    });
  });

  it('shows a blank sheet as a few empty cells', () => {
    expect(gridWindow(null, null)).toEqual({ rowStart: 0, rowEnd: 3, columnEnd: 3, rowsCut: 0 });
  });

  it('caps a long sheet and says how many rows are not shown', () => {
    const window = gridWindow({ row: 0, column: 0, rowCount: 35000, columnCount: 60 }, null);
    expect(window.rowEnd - window.rowStart).toBe(MAX_GRID_ROWS);
    expect(window.columnEnd).toBe(MAX_GRID_COLUMNS);
    expect(window.rowsCut).toBe(35003 - MAX_GRID_ROWS);
  });

  it('moves to show a selected cell far down', () => {
    const window = gridWindow(
      { row: 0, column: 0, rowCount: 35000, columnCount: 5 },
      { row: 20000, column: 2, rowCount: 1, columnCount: 1 },
    );
    expect(window.rowStart).toBeLessThanOrEqual(20000);
    expect(window.rowEnd).toBeGreaterThan(20000);
  });
});
