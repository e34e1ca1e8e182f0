/**
 * Which rows and columns of a sheet the preview grid draws: the used range from A1, capped
 * so that a 35,000-row sheet stays fluid, and moved to show the selected cell when it lies
 * beyond the cap.
 */
import type { CellRect } from '../../workbook/fakeExcel/a1';

/** Rows and columns drawn, zero-based and end-exclusive, plus how many rows are cut. */
export type GridWindow = {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnEnd: number;
  readonly rowsCut: number;
};

/** Most rows drawn at once. */
export const MAX_GRID_ROWS = 300;
/** Most columns drawn at once. */
export const MAX_GRID_COLUMNS = 40;
/** Blank rows and columns drawn after the used range, as a spreadsheet shows. */
const MARGIN = 3;

/** The window of a sheet whose used range is `used`, showing `selected` if given. */
export function gridWindow(used: CellRect | null, selected: CellRect | null): GridWindow {
  const usedRows = used ? used.row + used.rowCount : 0;
  const usedColumns = used ? used.column + used.columnCount : 0;
  const wantRows = Math.max(usedRows, selected ? selected.row + 1 : 0) + MARGIN;
  const columnEnd = Math.min(
    Math.max(usedColumns, selected ? selected.column + 1 : 0) + MARGIN,
    MAX_GRID_COLUMNS,
  );
  let rowStart = 0;
  if (selected && selected.row >= MAX_GRID_ROWS - MARGIN)
    rowStart = Math.max(0, selected.row - Math.floor(MAX_GRID_ROWS / 2));
  const rowEnd = Math.min(wantRows, rowStart + MAX_GRID_ROWS);
  return { rowStart, rowEnd, columnEnd, rowsCut: Math.max(0, wantRows - rowEnd) + rowStart };
}
