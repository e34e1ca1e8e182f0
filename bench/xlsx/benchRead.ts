/**
 * Read benchmark: the direct reader against exceljs on the same workbook, same process.
 * Usage: node --expose-gc lib/bench/xlsx/benchRead.js WORKBOOK.xlsx [direct|exceljs|both]
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';

/** Wall time and CPU time (user + system) since a start mark: CPU time is steadier on a busy machine. */
function seconds(start: { wall: bigint; cpu: NodeJS.CpuUsage }): string {
  const cpu = process.cpuUsage(start.cpu);
  return `${(Number(process.hrtime.bigint() - start.wall) / 1e9).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu`;
}

function mark(): { wall: bigint; cpu: NodeJS.CpuUsage } {
  return { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

async function readWithExceljs(bytes: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  let cells = 0;
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell(() => {
        cells++;
      });
    });
  });
  return cells;
}

async function main(): Promise<void> {
  const path = process.argv[2] ?? '.bench-tmp/bench-35k.xlsx';
  const which = process.argv[3] ?? 'both';
  const bytes = readFileSync(path);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (which !== 'exceljs') {
    const start = mark();
    const raw = readXlsxWorkbookSync(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
    const rows = raw.tables.reduce((sum, table) => sum + table.rows.length, 0);
    console.log(
      `direct:  ${seconds(start)}, ${raw.tables.length} tables, ${rows} rows, rss ${megabytes(process.memoryUsage().rss)} MB`,
    );
  }
  gc?.();
  if (which !== 'direct') {
    const start = mark();
    const cells = await readWithExceljs(bytes);
    console.log(
      `exceljs: ${seconds(start)}, ${cells} cells, rss ${megabytes(process.memoryUsage().rss)} MB`,
    );
  }
}

void main();
