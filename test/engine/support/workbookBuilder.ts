/**
 * Builds RawWorkbooks for engine tests as a finance officer would lay them out: one
 * table per contract name, headers then rows. Keeps tests readable ("like a sheet").
 */
import type { RawCell, RawTable, RawWorkbook } from '../../../src/engine';

/** A table as headers + rows. */
export type TableSpec = { headers: string[]; rows: RawCell[][] };

/** A RawWorkbook with one Excel table per entry, each on its own sheet, header at row 1. */
export function workbook(tables: Record<string, TableSpec>): RawWorkbook {
  const list: RawTable[] = Object.entries(tables).map(([name, t]) => ({
    name,
    sheet: name,
    source: 'table',
    headerRow: 1,
    firstColumn: 1,
    headers: t.headers,
    rows: t.rows,
  }));
  return { tables: list, sheetNames: list.map((t) => t.sheet) };
}

/** `Parametres` rows from an object. */
export function parametres(values: Record<string, RawCell>): TableSpec {
  return { headers: ['Paramètre', 'Valeur'], rows: Object.entries(values).map(([k, v]) => [k, v]) };
}

/** Default run options for tests. */
export const OPTIONS = {
  generatedAt: '2026-01-01T00:00:00Z',
  version: 'test',
  source: 'test.xlsx',
  host: 'cli',
} as const;
