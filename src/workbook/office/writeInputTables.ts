/**
 * Adds input tables (the sample data, or the empty template) to the open workbook, each
 * as an Excel table at A1 of a sheet of the same name. Refuses, writing nothing, when the
 * workbook already has a sheet or table of one of those names (contract matching); on a
 * failure half-way the sheets it added are deleted.
 */
import { sendInRequests, type UnitHandler } from './batchedRequests';
import { halveBlock, splitIntoBlocks, type RowBlock } from './blockSplitter';
import type { ExcelLike, WorksheetLike } from './excelLike';
import type { InputTableData, InputTablesOutcome } from './hostOperations';
import { convertInputTable, type ConvertedInputTable } from './inputColumns';
import { describeExcelError, hostFailure, OfficeHostError } from './officeHostError';
import type { RequestLimits } from './requestLimits';
import { tableNameKey } from './sameTableName';
import { SyncSession } from './syncSession';
import { loadWorkbookState, type WorkbookState } from './workbookState';

interface InputBlock {
  readonly sheet: WorksheetLike;
  readonly table: ConvertedInputTable;
  readonly block: RowBlock;
}

function existingNames(state: WorkbookState, tables: readonly InputTableData[]): string[] {
  const wanted = new Set(tables.map((t) => tableNameKey(t.name)));
  const names = [...state.sheets.map((s) => s.name), ...state.tables.map((t) => t.name)];
  return [...new Set(names.filter((name) => wanted.has(tableNameKey(name))))];
}

function queueLayout(sheet: WorksheetLike, table: ConvertedInputTable): void {
  const header = sheet.getRangeByIndexes(0, 0, 1, table.headers.length);
  header.numberFormat = '@';
  header.values = [[...table.headers]];
  header.format.font.bold = true;
  if (table.rows.length === 0) return;
  table.formats.forEach((format, c) => {
    if (typeof format === 'string')
      sheet.getRangeByIndexes(1, c, table.rows.length, 1).numberFormat = format;
  });
}

function blockHandler(session: SyncSession): UnitHandler<InputBlock> {
  return {
    size: (u) => ({ bytes: u.block.bytes * 2, rows: u.block.rows.length }),
    enqueue: ({ sheet, table, block }) => {
      table.formats.forEach((format, c) => {
        if (Array.isArray(format)) {
          const cells = (format as readonly string[])
            .slice(block.start, block.start + block.rows.length)
            .map((f) => [f]);
          sheet.getRangeByIndexes(1 + block.start, c, block.rows.length, 1).numberFormat = cells;
        }
      });
      sheet.getRangeByIndexes(1 + block.start, 0, block.rows.length, table.headers.length).values =
        block.rows as unknown[][];
    },
    split: (u) => {
      const halves = halveBlock(u.block);
      return halves
        ? [
            { ...u, block: halves[0] },
            { ...u, block: halves[1] },
          ]
        : null;
    },
    beforeRequest: () => session.context.application.suspendApiCalculationUntilNextSync(),
  };
}

async function deleteAdded(session: SyncSession, names: readonly string[]): Promise<void> {
  const found = names.map((name) => session.context.workbook.worksheets.getItemOrNullObject(name));
  await session.sync();
  for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
  await session.sync();
}

/** Writes the tables; resolves with `refused` (nothing written) when some already exist. */
export async function writeInputTables(
  excel: ExcelLike,
  tables: readonly InputTableData[],
  limits: RequestLimits,
): Promise<InputTablesOutcome> {
  const converted = tables.map(convertInputTable);
  return excel.run(async (context) => {
    const session = new SyncSession(context);
    const state = await loadWorkbookState(session).catch((error: unknown) => {
      throw hostFailure('La lecture de la liste des feuilles', error);
    });
    const existing = existingNames(state, tables);
    if (existing.length > 0) {
      return {
        status: 'refused',
        existing,
        message: `Le classeur contient déjà ${existing.map((n) => `« ${n} »`).join(', ')} : rien n'a été ajouté. Partez d'un classeur vierge ou renommez ces feuilles.`,
      };
    }
    try {
      const sheets = converted.map((table) => {
        const sheet = context.workbook.worksheets.add(table.name);
        queueLayout(sheet, table);
        return sheet;
      });
      await session.sync();
      const units = converted.flatMap((table, i) => {
        const sheet = sheets[i];
        return sheet
          ? splitIntoBlocks(table.rows, limits).map((block) => ({ sheet, table, block }))
          : [];
      });
      await sendInRequests(session, units, blockHandler(session), limits.maxBytes, limits.maxRows);
      converted.forEach((table, i) => {
        const sheet = sheets[i];
        if (!sheet) return;
        const range = sheet.getRangeByIndexes(0, 0, 1 + table.rows.length, table.headers.length);
        sheet.tables.add(range, true).name = table.name;
        range.format.autofitColumns();
      });
      sheets[0]?.activate();
      await session.sync();
    } catch (error) {
      try {
        await deleteAdded(
          session,
          converted.map((t) => t.name),
        );
      } catch (cleanupError) {
        throw new OfficeHostError(
          `L'ajout des tableaux a échoué (${describeExcelError(error)}) et les feuilles ajoutées n'ont pas pu être supprimées (${describeExcelError(cleanupError)}).`,
        );
      }
      throw hostFailure("L'ajout des tableaux (rien n'a été ajouté)", error);
    }
    return { status: 'created', sheets: converted.map((t) => t.name) };
  });
}
