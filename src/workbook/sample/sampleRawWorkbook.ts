/**
 * The sample workbook in the form the engine reads (`RawWorkbook`), laid out as the
 * generator writes it: each table on its own worksheet of the same name, headers in
 * row 1 from column A. Lets tests and the preview run the sample without any file.
 */
import type { RawTable, RawWorkbook } from '../../engine';
import { SAMPLE_TABLES, type SampleTable } from './sampleData';

/** One sample table as the engine would receive it from an Excel table at A1. */
export function sampleRawTable(table: SampleTable): RawTable {
  return {
    name: table.name,
    sheet: table.name,
    source: 'table',
    headerRow: 1,
    firstColumn: 1,
    headers: table.headers,
    rows: table.rows,
  };
}

/** The whole sample (or any list of sample-shaped tables) as a `RawWorkbook`. */
export function sampleRawWorkbook(tables: readonly SampleTable[] = SAMPLE_TABLES): RawWorkbook {
  return { tables: tables.map(sampleRawTable), sheetNames: tables.map((t) => t.name) };
}
