/**
 * Everything a write needs, computed and checked before the first write: cell values
 * converted for Excel (those of streamed tables as their chunks arrive, during the write), number formats, widths, temporary names, and the checks that would
 * otherwise fail half-way (sheet and table names, a table name already used by an input
 * table, cells that do not fit their column format, charts over unknown columns).
 */
import {
  EXCEL_NUMBER_FORMATS,
  OWNED_SHEET_PREFIX,
  eachRow,
  type PlanChart,
  type PlanPrint,
  type PlanRow,
} from '../../engine';
import type { SizedRows } from './blockSplitter';
import type { ChartTypeName } from './excelLike';
import { OfficeHostError } from './officeHostError';
import { rowBytes, type ExcelCellValue } from './payloadSize';
import { excelValueOf, widthInPoints } from './planCells';
import { isLeftoverSheetName, temporarySheetName, temporaryTableName } from './temporaryNames';
import {
  isStreamed,
  type StreamedPlan,
  type StreamedRows,
  type StreamedSheet,
  type StreamedTable,
} from './streamedPlan';
import { ownedSheets, type SheetInfo, type WorkbookState } from './workbookState';
import { yieldToPage } from './yieldToPage';

/** Rows converted between two turns given to the page (a few tens of ms in a browser). */
export const ROWS_PER_SLICE = 5_000;

/** An output table ready to write (zero-based position of its header's first cell). */
export interface PreparedTable {
  readonly name: string;
  readonly temporaryName: string;
  readonly row: number;
  readonly column: number;
  readonly headers: readonly string[];
  readonly numberFormats: readonly string[];
  /** Number of data rows. */
  readonly rowCount: number;
  /**
   * The data rows converted for Excel with their `rowBytes`: one chunk when the plan gave
   * them whole (converted and checked here, before any write), else converted and checked
   * chunk by chunk as they arrive (a bad cell then fails the write before the swap).
   */
  chunks(): AsyncIterable<SizedRows>;
}

/** A line of text (zero-based cell). */
export interface PreparedText {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly bold: boolean;
}

/** A chart over columns of a prepared table (zero-based column offsets within the table). */
export interface PreparedChart {
  readonly title: string;
  readonly type: ChartTypeName;
  readonly table: PreparedTable;
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly rowCount: number;
    readonly columnCount: number;
  };
}

/** A sheet ready to write. */
export interface PreparedSheet {
  readonly name: string;
  readonly temporaryName: string;
  readonly texts: readonly PreparedText[];
  readonly tables: readonly PreparedTable[];
  readonly charts: readonly PreparedChart[];
  readonly freezeRows: number;
  /** Column width in points by zero-based column (the plan's sheet widths, else the widest declared width). */
  readonly columnWidths: ReadonlyMap<number, number>;
  /** Row heights in points by zero-based row. */
  readonly rowHeights: readonly (readonly [number, number])[];
  /** Text lines merged across columns (zero-based). */
  readonly merges: readonly {
    readonly row: number;
    readonly column: number;
    readonly columnCount: number;
  }[];
  /** Whether every used cell wraps its text, aligned at the top; `used` is the used size. */
  readonly wrapText: boolean;
  readonly used: { readonly rowCount: number; readonly columnCount: number };
  /** Page set-up, applied where the host has ExcelApi 1.9. */
  readonly print: PlanPrint | null;
}

const CHART_TYPES: Readonly<Record<PlanChart['type'], ChartTypeName>> = {
  clusteredColumn: 'ColumnClustered',
  clusteredBar: 'BarClustered',
  pie: 'Pie',
};
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function refuse(message: string): OfficeHostError {
  return new OfficeHostError(
    `Le plan d'écriture ne peut pas être appliqué : ${message} Rien n'a été écrit.`,
  );
}

/** Converts and checks one row of `table` (`r`: its 0-based index). */
function convertRow(
  cells: PlanRow,
  r: number,
  table: StreamedTable,
  sheet: string,
): readonly ExcelCellValue[] {
  if (cells.length > table.columns.length)
    throw refuse(`la ligne ${r + 1} du tableau « ${table.name} » a trop de cellules.`);
  return table.columns.map((column, c) => {
    const value = excelValueOf(cells[c] ?? null, column.format);
    if (value === null)
      throw refuse(
        `valeur « ${String(cells[c])} » invalide pour le format ${column.format} (tableau « ${table.name} », feuille « ${sheet} », ligne ${r + 1}, colonne « ${column.header} »).`,
      );
    return value;
  });
}

/** Converts every row of a table given whole, the page given a turn every `ROWS_PER_SLICE` rows. */
async function convertWhole(
  table: StreamedTable,
  rows: Iterable<PlanRow>,
  sheet: string,
): Promise<SizedRows> {
  const converted: (readonly ExcelCellValue[])[] = [];
  const sizes: number[] = [];
  for (const cells of rows) {
    const r = converted.length;
    if (r > 0 && r % ROWS_PER_SLICE === 0) await yieldToPage();
    const row = convertRow(cells, r, table, sheet);
    converted.push(row);
    sizes.push(rowBytes(row));
  }
  return { rows: converted, sizes };
}

/** Converts streamed rows chunk by chunk, as they arrive; checks that `count` rows came. */
async function* convertStreamed(
  table: StreamedTable,
  rows: StreamedRows,
  sheet: string,
): AsyncGenerator<SizedRows> {
  let r = 0;
  for await (const chunk of rows.chunks()) {
    // A chunk's arrival (a worker message: its structured clone), its conversion and the
    // write of the blocks it completes are three turns of the page, not one long task.
    await yieldToPage();
    const converted: (readonly ExcelCellValue[])[] = [];
    const sizes: number[] = [];
    for (const cells of chunk) {
      if (r >= rows.count) break;
      const row = convertRow(cells, r++, table, sheet);
      converted.push(row);
      sizes.push(rowBytes(row));
    }
    await yieldToPage();
    yield { rows: converted, sizes };
  }
  if (r !== rows.count)
    throw refuse(`le tableau « ${table.name} » annonçait ${rows.count} lignes et en a reçu ${r}.`);
}

async function prepareTable(
  table: StreamedTable,
  sheet: string,
  token: string,
): Promise<PreparedTable> {
  if (!TABLE_NAME.test(table.name) || table.name.length > 200)
    throw refuse(`nom de tableau invalide « ${table.name} ».`);
  const headers = table.columns.map((c) => c.header);
  if (
    new Set(headers.map((h) => h.toLocaleUpperCase('fr'))).size !== headers.length ||
    headers.some((h) => h.trim() === '')
  ) {
    throw refuse(`en-têtes vides ou en double dans le tableau « ${table.name} ».`);
  }
  const source = table.rows;
  let rowCount: number;
  let chunks: () => AsyncIterable<SizedRows>;
  if (isStreamed(source)) {
    rowCount = source.count;
    chunks = () => convertStreamed(table, source, sheet);
  } else {
    const whole = await convertWhole(table, eachRow(source), sheet);
    rowCount = whole.rows.length;
    chunks = async function* () {
      yield whole;
    };
  }
  return {
    name: table.name,
    temporaryName: temporaryTableName(table.name, token),
    row: table.row - 1,
    column: table.column - 1,
    headers,
    numberFormats: table.columns.map((c) => EXCEL_NUMBER_FORMATS[c.format]),
    rowCount,
    chunks,
  };
}

function prepareChart(
  chart: PlanChart,
  tables: readonly PreparedTable[],
  sheet: string,
): PreparedChart {
  const table = tables.find((t) => t.name === chart.table);
  if (!table)
    throw refuse(
      `le graphique « ${chart.title} » lit un tableau absent de la feuille « ${sheet} ».`,
    );
  const column = (header: string): number => {
    const index = table.headers.indexOf(header);
    if (index < 0)
      throw refuse(`le graphique « ${chart.title} » lit une colonne inconnue « ${header} ».`);
    return index;
  };
  const { row, column: left, rows, columns } = chart.anchor;
  return {
    title: chart.title,
    type: CHART_TYPES[chart.type],
    table,
    categoryColumn: column(chart.categoryColumn),
    seriesColumns: chart.seriesColumns.map(column),
    anchor: {
      row: row - 1,
      column: left - 1,
      rowCount: Math.max(1, rows),
      columnCount: Math.max(1, columns),
    },
  };
}

async function prepareSheet(
  sheet: StreamedSheet,
  index: number,
  token: string,
): Promise<PreparedSheet> {
  if (
    !sheet.name.startsWith(OWNED_SHEET_PREFIX) ||
    sheet.name.length > 31 ||
    FORBIDDEN_SHEET_CHARS.test(sheet.name)
  ) {
    throw refuse(
      `nom de feuille invalide « ${sheet.name} » (il doit commencer par « ${OWNED_SHEET_PREFIX} » et compter au plus 31 caractères).`,
    );
  }
  const tables: PreparedTable[] = [];
  const texts: PreparedText[] = [];
  const columnWidths = new Map<number, number>();
  for (const block of sheet.blocks) {
    if (block.row < 1 || block.column < 1)
      throw refuse(`position invalide dans la feuille « ${sheet.name} ».`);
    if (block.kind === 'text') {
      texts.push({
        row: block.row - 1,
        column: block.column - 1,
        text: block.text,
        bold: block.style !== 'note',
      });
      continue;
    }
    const table = await prepareTable(block, sheet.name, token);
    tables.push(table);
    block.columns.forEach((c, i) => {
      const points = widthInPoints(c.width);
      columnWidths.set(table.column + i, Math.max(points, columnWidths.get(table.column + i) ?? 0));
    });
  }
  if (sheet.columnWidths !== undefined) {
    columnWidths.clear();
    sheet.columnWidths.forEach((width, column) => {
      if (width > 0) columnWidths.set(column, widthInPoints(width));
    });
  }
  const merges = sheet.blocks.flatMap((block) =>
    block.kind === 'text' && (block.span ?? 1) > 1
      ? [{ row: block.row - 1, column: block.column - 1, columnCount: block.span ?? 1 }]
      : [],
  );
  const used = {
    rowCount: Math.max(
      0,
      ...texts.map((t) => t.row + 1),
      ...tables.map((t) => t.row + 1 + t.rowCount),
    ),
    columnCount: Math.max(
      0,
      ...texts.map((t) => t.column + 1),
      ...merges.map((m) => m.column + m.columnCount),
      ...tables.map((t) => t.column + t.headers.length),
    ),
  };
  return {
    name: sheet.name,
    temporaryName: temporarySheetName(index, token),
    texts,
    tables,
    charts: (sheet.charts ?? []).map((chart) => prepareChart(chart, tables, sheet.name)),
    freezeRows: Math.max(0, sheet.freezeRows),
    columnWidths,
    rowHeights: (sheet.rowHeights ?? []).map(([row, points]) => [row - 1, points] as const),
    merges,
    wrapText: sheet.wrapText === true,
    used,
    print: sheet.print ?? null,
  };
}

/**
 * Converts and checks a whole plan against the workbook; rejects with OfficeHostError before
 * any write. `replaced`: the owned sheets the write replaces (replacedSheets.ts), whose
 * tables may share names with the plan's. Large tables given whole are converted in slices
 * of `ROWS_PER_SLICE` rows, the page given a turn between two; streamed tables are
 * converted while they are written (`PreparedTable.chunks`).
 */
export async function preparePlan(
  plan: StreamedPlan,
  state: WorkbookState,
  token: string,
  replaced: readonly SheetInfo[],
): Promise<PreparedSheet[]> {
  const sheets: PreparedSheet[] = [];
  for (const [index, sheet] of plan.sheets.entries())
    sheets.push(await prepareSheet(sheet, index, token));
  const upper = (s: string): string => s.toLocaleUpperCase('en');
  const sheetNames = sheets.map((s) => upper(s.name));
  if (new Set(sheetNames).size !== sheetNames.length)
    throw refuse('deux feuilles portent le même nom.');
  const tableNames = sheets.flatMap((s) => s.tables.map((t) => upper(t.name)));
  if (new Set(tableNames).size !== tableNames.length)
    throw refuse('deux tableaux portent le même nom.');
  const goingIds = new Set([
    ...replaced.map((s) => s.id),
    ...state.sheets.filter((s) => isLeftoverSheetName(s.name)).map((s) => s.id),
  ]);
  const clash = state.tables.find(
    (t) => !goingIds.has(t.sheetId) && tableNames.includes(upper(t.name)),
  );
  if (clash) {
    const kept = ownedSheets(state).find((s) => s.id === clash.sheetId);
    throw refuse(
      kept
        ? `le tableau « ${clash.name} » existe déjà sur la feuille « ${kept.name} », que cette écriture ne remplace pas ; écrivez d'abord les résultats.`
        : `le classeur contient déjà un tableau nommé « ${clash.name} » hors des feuilles QP ; renommez-le.`,
    );
  }
  return sheets;
}
