/**
 * Write benchmark: a 350,000-row output table (10 columns, a long liquidation text) written
 * into the benchmark input workbook, then read back. Reports wall and CPU time, output size
 * and peak RSS. Usage: node --expose-gc lib/bench/xlsx/benchWrite.js INPUT.xlsx OUTPUT.xlsx [rows]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { PlanCell, WritePlan } from '../../src/engine/plan/writePlan';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { writeXlsxWithPlan } from '../../src/workbook/xlsx/write/writeXlsxWithPlan';

function mark(): { wall: bigint; cpu: NodeJS.CpuUsage } {
  return { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

function since(start: { wall: bigint; cpu: NodeJS.CpuUsage }): string {
  const cpu = process.cpuUsage(start.cpu);
  return `${(Number(process.hrtime.bigint() - start.wall) / 1e9).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu`;
}

function plan(rowCount: number): WritePlan {
  const rows: PlanCell[][] = [];
  for (let i = 0; i < rowCount; i++) {
    const member = `Commune ${String(i % 35_000).padStart(5, '0')}`;
    const amount = ((i * 7919) % 10_000_000) / 100;
    rows.push([
      'Référence',
      `Service ${i % 10}`,
      'service-commun',
      member,
      (((i * 31) % 1000) / 1e6).toFixed(10),
      i % 3 === 0 ? '0.3512' : null,
      amount.toFixed(2),
      '0.00',
      amount.toFixed(2),
      `${member} : ${amount.toFixed(2)} € = base 2 512 345,67 € × part 0,0001234567 (clé 60 % Population + 40 % Agents), frais de gestion 3 %, convention 2024-12, période 2026-T${(i % 4) + 1}`,
    ]);
  }
  return {
    sheets: [
      {
        name: 'QP Quote-parts',
        freezeRows: 1,
        blocks: [
          {
            kind: 'table',
            name: 'QP_QuoteParts',
            row: 1,
            column: 1,
            columns: [
              { header: 'Scénario', format: 'text', width: 14 },
              { header: 'Service', format: 'text', width: 20 },
              { header: 'Modèle', format: 'text', width: 16 },
              { header: 'Membre', format: 'text', width: 28 },
              { header: 'Part', format: 'share', width: 12 },
              { header: 'Coût unitaire', format: 'number', width: 12 },
              { header: 'Quote-part', format: 'euro', width: 14 },
              { header: 'Frais', format: 'euro', width: 12 },
              { header: 'Facturé', format: 'euro', width: 14 },
              { header: 'Base de liquidation', format: 'text', width: 80 },
            ],
            rows,
          },
        ],
      },
    ],
  };
}

function main(): void {
  const input = process.argv[2] ?? '.bench-tmp/bench-35k.xlsx';
  const output = process.argv[3] ?? '.bench-tmp/bench-out.xlsx';
  const rowCount = Number(process.argv[4] ?? 350_000);
  const bytes = readFileSync(input);
  const writePlan = plan(rowCount);
  (globalThis as { gc?: () => void }).gc?.();
  const writeStart = mark();
  const out = writeXlsxWithPlan(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    writePlan,
  );
  writeFileSync(output, out);
  console.log(
    `write ${rowCount} rows: ${since(writeStart)}, ${(out.length / 1e6).toFixed(1)} MB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
  const readStart = mark();
  const raw = readXlsxWorkbookSync(out);
  console.log(
    `read back (QP sheets skipped): ${since(readStart)}, ${raw.sheetNames.length} sheets`,
  );
}

main();
