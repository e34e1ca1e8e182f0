import { OWNED_SHEET_PREFIX } from '../../engine';
import { prepareChart } from './prepareChart';
import type { PreparedSheet, PreparedTable, PreparedText } from './preparedSheet';
import { prepareTable } from './prepareTable';
import { refuse } from './refuse';
import type { StreamedSheet } from './streamedPlan';
import { temporarySheetName } from './temporaryNames';
import { widthInPoints } from './planCells';

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

/**
 * Checks a sheet's name and positions and prepares its texts, tables, charts, widths,
 * merges and used size, so the write itself only copies what is computed here.
 */
export async function prepareSheet(
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
