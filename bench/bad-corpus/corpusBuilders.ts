/**
 * Builders of the bad-input corpus: each starts from the sample workbook's data
 * (SAMPLE_TABLES, the single source of the sample) and changes one thing, at the data
 * level (a cell, a row, a header, a table), at the exceljs level (error values,
 * formulas, merges, hidden rows), or at the package level (zip parts rewritten by hand
 * with fflate). Every builder is deterministic: same bytes on every run.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import {
  SAMPLE_TABLES,
  type SampleCell,
  type SampleTable,
} from '../../src/workbook/sample/sampleData';
import { buildTablesWorkbook } from '../../scripts/support/writeTablesWorkbook';
import { withFixedZipTimestamps } from '../../scripts/support/deterministicZip';
import { columnLetters } from '../peers/formulaTemplate';

/** A deep copy of the sample's tables, to change freely. */
export function sampleTables(extra: readonly SampleTable[] = []): SampleTable[] {
  return [...SAMPLE_TABLES, ...extra].map((t) => ({
    name: t.name,
    headers: [...t.headers],
    rows: t.rows.map((r) => [...r]),
  }));
}

/** The table named `name` of `tables`. */
export function tableOf(tables: readonly SampleTable[], name: string): SampleTable {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`table ${name} absente de l'exemple`);
  return table;
}

/** Index of `header` in the table (throws when absent: a corpus typo must not pass silently). */
export function columnIndex(table: SampleTable, header: string): number {
  const index = table.headers.indexOf(header);
  if (index < 0) throw new Error(`colonne ${header} absente de ${table.name}`);
  return index;
}

/** Sets one cell: data row `rowIndex` (0-based) of `table`, column `header`. */
export function setCell(
  tables: readonly SampleTable[],
  table: string,
  rowIndex: number,
  header: string,
  value: SampleCell,
): void {
  const t = tableOf(tables, table);
  const row = t.rows[rowIndex];
  if (!row) throw new Error(`ligne ${rowIndex} absente de ${table}`);
  row[columnIndex(t, header)] = value;
}

/** Index of the first data row of `table` whose `header` cell is `value`. */
export function rowWhere(
  tables: readonly SampleTable[],
  table: string,
  header: string,
  value: SampleCell,
): number {
  const t = tableOf(tables, table);
  const index = t.rows.findIndex((r) => r[columnIndex(t, header)] === value);
  if (index < 0) throw new Error(`aucune ligne ${header} = ${String(value)} dans ${table}`);
  return index;
}

/** Excel row of data row `rowIndex` (tables at A1, headers in row 1). */
export const excelRow = (rowIndex: number): number => rowIndex + 2;

/** A1 address of data row `rowIndex`, column `header`, of a sample-shaped table. */
export function cellAddress(
  tables: readonly SampleTable[],
  table: string,
  rowIndex: number,
  header: string,
): string {
  return `${columnLetters(columnIndex(tableOf(tables, table), header) + 1)}${excelRow(rowIndex)}`;
}

/** Writes tables as the sample generator does, with an optional exceljs-level change. */
export async function tablesWorkbook(
  tables: readonly SampleTable[],
  patch?: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = buildTablesWorkbook(tables);
  patch?.(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
}

/** The sample with `mutate` applied to a copy of its tables. */
export function fromSample(
  mutate: (tables: SampleTable[]) => void,
  patch?: (workbook: ExcelJS.Workbook, tables: SampleTable[]) => void,
  extra: readonly SampleTable[] = [],
): () => Promise<Uint8Array> {
  return () => {
    const tables = sampleTables(extra);
    mutate(tables);
    return tablesWorkbook(tables, patch ? (wb) => patch(wb, tables) : undefined);
  };
}

/** Sets a cell through exceljs (error values, formulas: what SampleCell cannot hold). */
export function setExcelCell(
  workbook: ExcelJS.Workbook,
  tables: readonly SampleTable[],
  table: string,
  rowIndex: number,
  header: string,
  value: ExcelJS.CellValue,
): void {
  const sheet = workbook.getWorksheet(table);
  if (!sheet) throw new Error(`feuille ${table} absente`);
  sheet.getCell(cellAddress(tables, table, rowIndex, header)).value = value;
}

/** Rewrites the parts of an xlsx package (by hand, with fflate); `edit` gets and changes the part texts. */
export function editPackage(
  bytes: Uint8Array,
  edit: (parts: Map<string, string>) => void,
): Uint8Array {
  const entries = unzipSync(bytes);
  const parts = new Map(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
  edit(parts);
  const zippable: Zippable = {};
  for (const [name, text] of parts)
    zippable[name] = [strToU8(text), { mtime: new Date(2026, 0, 1) }];
  return zipSync(zippable, { level: 6 });
}

/** The part name of the worksheet named `sheet` (follows workbook.xml and its relationships). */
export function sheetPartName(parts: ReadonlyMap<string, string>, sheet: string): string {
  const workbook = parts.get('xl/workbook.xml') ?? '';
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const target =
    new RegExp(`<Relationship [^>]*Id="${id ?? '?'}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id ?? '?'}"`).exec(rels)?.[1];
  if (!target) throw new Error(`feuille ${sheet} introuvable dans le paquet`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
