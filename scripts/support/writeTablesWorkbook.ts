/**
 * Writes input tables (sample-shaped: name, headers, rows) into an exceljs workbook,
 * each on a worksheet of its own as a real Excel table (ListObject) named as the
 * contract says, with readable widths and French-friendly number formats. Shared by
 * the sample generator and the fixture variants so they all look alike.
 */
import ExcelJS from 'exceljs';
import type { SampleCell, SampleTable } from '../../src/workbook/sample/sampleData';

/** Number format of euro amounts (en-US codes: Excel shows them in the user's locale). */
export const EURO_FORMAT = '#,##0.00 "€";-#,##0.00 "€"';
/** Number format of a unit cost, which may carry up to 4 decimals. */
const UNIT_COST_FORMAT = '#,##0.00## "€"';
/** Number format of dates. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** Column formats by header, compared without accents, case or spaces. */
const FORMAT_BY_HEADER: Record<string, string> = {
  montant: EURO_FORMAT,
  attributiondecompensation: EURO_FORMAT,
  coutunitaire: UNIT_COST_FORMAT,
  fraisdegestion: '0.0%',
  population: '#,##0',
  agents: '#,##0',
  postes: '#,##0',
  quantite: '#,##0.##',
  entree: DATE_FORMAT,
  sortie: DATE_FORMAT,
  siret: '@',
  echeances: '0',
};

const key = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_'’]/g, '')
    .toLowerCase();

/** The cell value exceljs must write: dates become UTC midnight, the rest is kept. */
function toExcelValue(cell: SampleCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object') {
    const [y, m, d] = cell.iso.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return cell;
}

/** Width (in characters) fitting a column's header and longest value, within bounds. */
function columnWidth(table: SampleTable, index: number): number {
  const lengths = table.rows.map((row) => {
    const cell = row[index] ?? null;
    if (cell === null) return 0;
    if (typeof cell === 'object') return 10;
    if (typeof cell === 'number')
      return cell.toLocaleString('fr-FR', { maximumFractionDigits: 4 }).length + 2;
    return String(cell).length;
  });
  const header = table.headers[index] ?? '';
  return Math.min(60, Math.max(10, header.length + 4, ...lengths.map((l) => l + 2)));
}

/** Adds one table on a new worksheet named after it. */
export function addTableSheet(workbook: ExcelJS.Workbook, table: SampleTable): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows: table.rows.map((row) => table.headers.map((_, i) => toExcelValue(row[i] ?? null))),
  });
  table.headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = columnWidth(table, i);
    const format = FORMAT_BY_HEADER[key(header)];
    if (format) {
      for (let r = 0; r < table.rows.length; r += 1) sheet.getCell(r + 2, i + 1).numFmt = format;
    }
  });
  table.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === 'object')
        sheet.getCell(r + 2, c + 1).numFmt = DATE_FORMAT;
    });
  });
  return sheet;
}

/** A workbook holding the given tables, with fixed document properties (reproducible output). */
export function buildTablesWorkbook(tables: readonly SampleTable[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 0, 1));
  workbook.creator = 'QuotePart';
  workbook.lastModifiedBy = 'QuotePart';
  workbook.created = fixed;
  workbook.modified = fixed;
  for (const table of tables) addTableSheet(workbook, table);
  return workbook;
}
