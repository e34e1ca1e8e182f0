/**
 * The sample workbook as the preview opens it: each input table of the sample data as an
 * Excel table on its own sheet, values stored as a saved workbook holds them.
 */
import type { FakeCellSpec, FakeWorkbookSpec } from '../../workbook/fakeExcel';
import { columnLetters } from '../../engine';
import type { InputCell, InputTableData } from '../../workbook/office/hostOperations';

/** A cell of an input table as a fake-workbook cell (dates become date cells). */
function toFakeCell(cell: InputCell): FakeCellSpec {
  return cell !== null && typeof cell === 'object' ? { date: cell.iso } : cell;
}

/** A workbook spec with one sheet and one Excel table per input table. */
export function inputTablesSpec(name: string, tables: readonly InputTableData[]): FakeWorkbookSpec {
  return {
    name,
    sheets: tables.map((table) => ({
      name: table.name,
      rows: [table.headers, ...table.rows.map((row) => row.map(toFakeCell))],
      tables: [
        {
          name: table.name,
          range: `A1:${columnLetters(table.headers.length)}${table.rows.length + 1}`,
        },
      ],
    })),
  };
}
