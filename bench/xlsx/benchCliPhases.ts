/**
 * The CLI's phases measured one by one in one process (wall and CPU time, heap): read the
 * workbook, run the engine, write the JSON, write the output workbook. CPU time is the
 * steadier figure on a shared machine.
 * Usage: node --expose-gc lib/bench/xlsx/benchCliPhases.js INPUT.xlsx [OUTPUT_FOLDER] [sync|async|both]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectWorkbook, rowCount, runQuotePart } from '../../src/engine';
import { writeJsonFile } from '../../src/cli/jsonOutput';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { writeXlsxWithPlan } from '../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { writeWorkbookFile } from '../../src/workbook/xlsx/write/writeOutputFile';

type Mark = { wall: bigint; cpu: NodeJS.CpuUsage };

function mark(): Mark {
  return { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

function report(label: string, start: Mark, extra = ''): void {
  const cpu = process.cpuUsage(start.cpu);
  const wall = Number(process.hrtime.bigint() - start.wall) / 1e9;
  const heap = process.memoryUsage();
  console.log(
    `${label.padEnd(16)} ${wall.toFixed(2).padStart(7)} s wall ${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(7)} s cpu` +
      `  heap ${(heap.heapUsed / 2 ** 20).toFixed(0)} MB rss ${(heap.rss / 2 ** 20).toFixed(0)} MB ${extra}`,
  );
}

async function main(): Promise<void> {
  const input = process.argv[2] ?? '.bench-tmp/cli/lead-10k.xlsx';
  const folder = process.argv[3] ?? '.bench-tmp/cli';
  const mode = process.argv[4] ?? 'both';
  const bytes = readFileSync(input);
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = mark();
  const raw = readXlsxWorkbookSync(data);
  inspectWorkbook(raw);
  report('read', start, `${raw.tables.reduce((n, t) => n + t.rows.length, 0)} rows`);
  start = mark();
  const outcome = runQuotePart(raw, {
    generatedAt: '2026-03-31T10:00:00Z',
    version: 'bench',
    source: 'bench.xlsx',
    host: 'cli',
  });
  report(
    'engine',
    start,
    `${outcome.json.quoteParts.length} quote-parts, ${outcome.json.titres.length} titre lines`,
  );
  start = mark();
  await writeJsonFile(join(folder, 'phases.json'), { ...outcome.json });
  report('json', start);
  if (outcome.plan === null) return;
  const rows = outcome.plan.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + (b.kind === 'table' ? rowCount(b.rows) : 1), 0),
    0,
  );
  (globalThis as { gc?: () => void }).gc?.();
  if (mode !== 'async') {
    start = mark();
    const out = writeXlsxWithPlan(data, outcome.plan);
    report('xlsx in memory', start, `${rows} rows, ${(out.length / 1e6).toFixed(1)} MB`);
    start = mark();
    writeFileSync(join(folder, 'phases.xlsx'), out);
    report('xlsx file', start);
  }
  if (mode === 'sync') return;
  (globalThis as { gc?: () => void }).gc?.();
  start = mark();
  const size = await writeWorkbookFile(data, outcome.plan, join(folder, 'phases-async.xlsx'));
  report(
    'xlsx to file',
    start,
    `${(size / 1e6).toFixed(1)} MB (thread-pool deflate, streamed to the file)`,
  );
}

void main();
