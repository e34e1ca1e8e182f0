/**
 * A workbook read from an .xlsx file (the engine's RawWorkbook) as a fake-workbook spec,
 * so that a file dropped on the preview opens in the fake Excel: every plain sheet with
 * its cells where they were, and every Excel table over its range.
 */
import { cellAddress, type RawCell, type RawTable, type RawWorkbook } from '../../engine';
import {
  type FakeCellSpec,
  type FakeSheetSpec,
  type FakeWorkbookSpec,
} from '../../workbook/fakeExcel';

/** A raw cell as a fake-workbook cell. */
function toFakeCell(cell: RawCell): FakeCellSpec {
  if (cell === null || typeof cell !== 'object') return cell;
  return cell.kind === 'date' ? { date: cell.iso } : { error: cell.code };
}

/** The cells of a table, by A1 address (header row first). */
function tableCells(table: RawTable): Record<string, FakeCellSpec> {
  const cells: Record<string, FakeCellSpec> = {};
  const column0 = table.firstColumn - 1;
  table.headers.forEach((header, c) => {
    cells[cellAddress(table.headerRow, column0 + c + 1)] = toFakeCell(header);
  });
  table.rows.forEach((row, r) => {
    const rowNumber = table.rowNumbers?.[r] ?? table.headerRow + 1 + r;
    row.forEach((cell, c) => {
      cells[cellAddress(rowNumber, column0 + c + 1)] = toFakeCell(cell);
    });
  });
  return cells;
}

/** Last row number of a table (header row when it has no data). */
function lastRow(table: RawTable): number {
  const count = table.rows.length;
  if (count === 0) return table.headerRow;
  return table.rowNumbers?.[count - 1] ?? table.headerRow + count;
}

/** The spec of a workbook read from a file named `name`. */
export function rawWorkbookSpec(name: string, workbook: RawWorkbook): FakeWorkbookSpec {
  const sheets = new Map<
    string,
    { cells: Record<string, FakeCellSpec>; tables: { name: string; range: string }[] }
  >();
  for (const sheetName of workbook.sheetNames) sheets.set(sheetName, { cells: {}, tables: [] });
  for (const table of workbook.tables) {
    const sheet = sheets.get(table.sheet) ?? { cells: {}, tables: [] };
    sheets.set(table.sheet, sheet);
    Object.assign(sheet.cells, tableCells(table));
    if (table.source === 'table' && table.headers.length > 0) {
      const first = cellAddress(table.headerRow, table.firstColumn);
      const last = cellAddress(lastRow(table), table.firstColumn - 1 + table.headers.length);
      sheet.tables.push({ name: table.name, range: `${first}:${last}` });
    }
  }
  const specs: FakeSheetSpec[] = [...sheets].map(([sheetName, sheet]) => ({
    name: sheetName,
    cells: sheet.cells,
    tables: sheet.tables,
  }));
  return { name, sheets: specs };
}
