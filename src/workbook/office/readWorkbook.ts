/**
 * Reads the open workbook into the engine's RawWorkbook with batched loads: one sync for
 * the lists of sheets and tables, one for their positions, then the cells of each input
 * sheet's used range in chunks of at most `maxReadCells` cells (values, value types and
 * number formats, so dates are recognised). The number of syncs depends on the number of
 * cells, not on the number of tables. Sheets QuotePart owns (`QP …`) are listed, not read.
 * The page gets a turn after each table is cut from the cells read.
 */
import type { Problem, RawTable, RawWorkbook } from '../../engine';
import { sendInRequests, type UnitHandler } from './batchedRequests';
import type { RangeLike, WorksheetLike } from './excelLike';
import { hostFailure } from './officeHostError';
import { rawCellOf } from './rawCells';
import type { RequestLimits } from './requestLimits';
import { plainSheetTable, SheetGrid, tableFromGrid, type TablePlace } from './sheetGrid';
import { SyncSession } from './syncSession';
import { isSkippedWhenReading } from './workbookState';
import { yieldToPage } from './yieldToPage';
import type { ExcelLike } from './excelLike';

/** Estimated response bytes of one cell (value, value type and number format). */
const BYTES_PER_CELL_READ = 40;

/** A block of rows of one sheet's used range. */
interface ReadChunk {
  readonly sheet: WorksheetLike;
  readonly grid: SheetGrid;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

function hiddenHeaders(table: string, sheet: string): Problem {
  return {
    severity: 'error',
    code: 'EN_TETES_MASQUES',
    table,
    row: null,
    column: null,
    value: null,
    message: `Le tableau « ${table} » (feuille « ${sheet} ») masque sa ligne d'en-tête : affichez-la (onglet Création de tableau, case « Ligne d'en-tête »).`,
    sheet,
  };
}

function chunksOf(
  sheet: WorksheetLike,
  grid: SheetGrid,
  used: RangeLike,
  maxCells: number,
): ReadChunk[] {
  const step = Math.max(1, Math.floor(maxCells / used.columnCount));
  const chunks: ReadChunk[] = [];
  for (let offset = 0; offset < used.rowCount; offset += step) {
    chunks.push({
      sheet,
      grid,
      row: used.rowIndex + offset,
      column: used.columnIndex,
      rowCount: Math.min(step, used.rowCount - offset),
      columnCount: used.columnCount,
    });
  }
  return chunks;
}

function storeChunk(chunk: ReadChunk, range: RangeLike): void {
  const { values, valueTypes } = range;
  const formats = range.numberFormat as unknown[][];
  for (let r = 0; r < chunk.rowCount; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < chunk.columnCount; c++) {
      chunk.grid.set(
        chunk.row + r + 1,
        chunk.column + c,
        rawCellOf(row[c], valueTypes[r]?.[c], formats[r]?.[c]),
      );
    }
  }
}

async function readChunks(
  session: SyncSession,
  chunks: readonly ReadChunk[],
  limits: RequestLimits,
): Promise<void> {
  const loaded = new Map<ReadChunk, RangeLike>();
  const handler: UnitHandler<ReadChunk> = {
    size: (c) => ({
      bytes: c.rowCount * c.columnCount * BYTES_PER_CELL_READ,
      rows: c.rowCount * c.columnCount,
    }),
    enqueue: (c) => {
      loaded.set(
        c,
        c.sheet
          .getRangeByIndexes(c.row, c.column, c.rowCount, c.columnCount)
          .load(['values', 'valueTypes', 'numberFormat']),
      );
    },
    split: (c) => {
      if (c.rowCount < 2) return null;
      const half = Math.ceil(c.rowCount / 2);
      return [
        { ...c, rowCount: half },
        { ...c, row: c.row + half, rowCount: c.rowCount - half },
      ];
    },
    afterRequest: (sent) => {
      for (const chunk of sent) {
        const range = loaded.get(chunk);
        if (range) storeChunk(chunk, range);
        loaded.delete(chunk);
      }
    },
  };
  await sendInRequests(
    session,
    chunks,
    handler,
    limits.maxReadCells * BYTES_PER_CELL_READ,
    limits.maxReadCells,
  );
}

/** Reads every table and input sheet of the workbook. */
export async function readWorkbook(excel: ExcelLike, limits: RequestLimits): Promise<RawWorkbook> {
  try {
    return await excel.run(async (context) => {
      const session = new SyncSession(context);
      const sheetList = context.workbook.worksheets.load('items/id,items/name');
      const tableList = context.workbook.tables.load(
        'items/id,items/name,items/showHeaders,items/showTotals,items/worksheet/id',
      );
      await session.sync();
      const sheets = sheetList.items.filter((s) => !isSkippedWhenReading(s.name));
      const sheetName = new Map(sheets.map((s) => [s.id, s.name]));
      const problems: Problem[] = [];
      const tables = tableList.items.filter((t) => {
        const name = sheetName.get(t.worksheet.id);
        if (name === undefined) return false;
        if (!t.showHeaders) problems.push(hiddenHeaders(t.name, name));
        return t.showHeaders;
      });
      const tableRanges = tables.map((t) =>
        t.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
      );
      const usedRanges = sheets.map((s) =>
        s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
      );
      await session.sync();
      const grids = sheets.map(() => new SheetGrid());
      const chunks = sheets.flatMap((sheet, i) => {
        const used = usedRanges[i];
        const grid = grids[i];
        return used && grid && !used.isNullObject
          ? chunksOf(sheet, grid, used, limits.maxReadCells)
          : [];
      });
      await readChunks(session, chunks, limits);
      // One table cut per turn of the page: at 35,000 members one cut takes tens of ms.
      const excelTables: RawTable[] = [];
      for (const [i, sheet] of sheets.entries()) {
        for (const [t, table] of tables.entries()) {
          const range = tableRanges[t];
          const grid = grids[i];
          if (table.worksheet.id !== sheet.id || !range || !grid) continue;
          const place: TablePlace = {
            name: table.name,
            sheet: sheet.name,
            top: range.rowIndex + 1,
            left: range.columnIndex + 1,
            bottom: range.rowIndex + range.rowCount,
            right: range.columnIndex + range.columnCount,
            hasTotals: table.showTotals,
          };
          excelTables.push(tableFromGrid(grid, place));
          await yieldToPage();
        }
      }
      const plain: RawTable[] = [];
      for (const [i, sheet] of sheets.entries()) {
        plain.push(plainSheetTable(grids[i] ?? new SheetGrid(), sheet.name));
        await yieldToPage();
      }
      return {
        tables: [...excelTables, ...plain],
        sheetNames: sheetList.items.map((s) => s.name),
        readProblems: problems,
      };
    });
  } catch (error) {
    throw hostFailure('La lecture du classeur', error);
  }
}
