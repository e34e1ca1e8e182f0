import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import {
  SAMPLE_REGULARISATION_TABLES,
  SAMPLE_TABLES,
  type SampleCell,
  type SampleTable,
} from '../../../src/workbook/sample/sampleData';
import { buildTablesWorkbook } from '../../../scripts/support/writeTablesWorkbook';
import { withFixedZipTimestamps } from '../../../scripts/support/deterministicZip';

async function sampleBytes(tables: readonly SampleTable[] = SAMPLE_TABLES): Promise<Uint8Array> {
  const buffer = await buildTablesWorkbook(tables).xlsx.writeBuffer();
  return withFixedZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
}

/** A cell as read back by exceljs, in the sample's own terms (dates as ISO). */
function fromExcel(value: ExcelJS.CellValue): SampleCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { kind: 'date', iso: value.toISOString().slice(0, 10) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  throw new Error(`valeur inattendue : ${JSON.stringify(value)}`);
}

describe('assets/sample.xlsx', () => {
  it('is byte-for-byte what the generator writes from SAMPLE_TABLES (regenerate with `node lib/scripts/generate-sample.js`)', async () => {
    const committed = readFileSync(resolve(__dirname, '../../../assets/sample.xlsx'));
    const fresh = await sampleBytes();
    expect(Buffer.from(fresh).equals(committed)).toBe(true);
  });

  it('has its régularisation fixture up to date too', async () => {
    const committed = readFileSync(resolve(__dirname, 'fixtures/sample-regularisation.xlsx'));
    expect(Buffer.from(await sampleBytes(SAMPLE_REGULARISATION_TABLES)).equals(committed)).toBe(
      true,
    );
  });

  it('holds each table as a real Excel table of the contract name, with every value as typed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await sampleBytes()) as unknown as ExcelJS.Buffer);
    for (const table of SAMPLE_TABLES) {
      const sheet = workbook.getWorksheet(table.name);
      expect(sheet).toBeDefined();
      const tables = Object.values(
        (
          sheet as unknown as {
            tables: Record<string, { table: { name: string; tableRef: string } }>;
          }
        ).tables,
      );
      expect(tables.map((t) => t.table.name)).toEqual([table.name]);
      const lastColumn = String.fromCharCode(64 + table.headers.length);
      expect(tables[0]!.table.tableRef).toBe(`A1:${lastColumn}${table.rows.length + 1}`);
      expect(table.headers.map((_, c) => sheet!.getCell(1, c + 1).value)).toEqual(table.headers);
      const read = table.rows.map((_, r) =>
        table.headers.map((__, c) => fromExcel(sheet!.getCell(r + 2, c + 1).value)),
      );
      expect(read).toEqual(table.rows);
    }
  });

  it('formats amounts in euros and dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await sampleBytes()) as unknown as ExcelJS.Buffer);
    const charges = workbook.getWorksheet('Charges')!;
    expect(charges.getCell('E2').numFmt).toContain('€');
    const membres = workbook.getWorksheet('Membres')!;
    const entree = SAMPLE_TABLES.find((t) => t.name === 'Membres')!.headers.indexOf('Entrée') + 1;
    const pontvieuxRow =
      SAMPLE_TABLES.find((t) => t.name === 'Membres')!.rows.findIndex((r) => r[0] === 'Pontvieux') +
      2;
    expect(membres.getCell(pontvieuxRow, entree).numFmt).toBe('dd/mm/yyyy');
    expect(membres.getCell(pontvieuxRow, entree).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
  });
});
