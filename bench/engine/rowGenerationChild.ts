/**
 * CPU of the engine's row generation alone, in a fresh process: `runQuotePart` on the
 * bench workbook of N members in memory, then every generated row of the write plan
 * (the quote-parts and titres sheets) with a JSON row observer attached, without XML or
 * any writing — the part of `quote-part compute` that the engine owns. Takes the `lib`
 * folder of the build to measure (default: this one), so that a reference build can be
 * measured by the same script in interleaved pairs. Prints one JSON line: CPU and wall
 * seconds of the run and of the rows, the row count and the characters of every cell
 * (equal between builds whose rows are equal).
 *
 * Usage: `node --max-semi-space-size=64 lib/bench/engine/rowGenerationChild.js [MEMBERS] [LIB]`
 */
import { resolve } from 'node:path';
import type * as Engine from '../../src/engine';
import type * as Workbooks from '../support/benchWorkbooks';
import type * as Throughput from './engineThroughput';

/** Generated row tables found anywhere in the plan. */
interface Generated {
  readonly count: number;
  generate(): Iterable<readonly (string | null)[]>;
}

function generatedTables(value: unknown, out: Generated[], seen = new Set<unknown>()): Generated[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const candidate = value as Partial<Generated>;
  if (typeof candidate.generate === 'function' && typeof candidate.count === 'number')
    out.push(candidate as Generated);
  for (const child of Object.values(value)) generatedTables(child, out, seen);
  return out;
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

async function main(members: number, lib: string): Promise<void> {
  const engine = (await import(resolve(lib, 'src/engine'))) as typeof Engine;
  const workbooks = (await import(
    resolve(lib, 'bench/support/benchWorkbooks')
  )) as typeof Workbooks;
  const throughput = (await import(
    resolve(lib, 'bench/engine/engineThroughput')
  )) as typeof Throughput;
  const raw = await workbooks.benchRawWorkbook(members);
  const runStart = process.cpuUsage();
  const runWall = performance.now();
  const run = engine.runQuotePart(raw, throughput.BENCH_RUN_OPTIONS);
  const runCpu = cpuSeconds(process.cpuUsage(runStart));
  const runSeconds = (performance.now() - runWall) / 1e3;
  if (run.status !== 'ok') throw new Error('classeur de banc d’essai invalide');
  let observed = 0;
  run.observeGeneratedRows?.(() => observed++);
  const tables = generatedTables(run.plan, []);
  const rowsStart = process.cpuUsage();
  const rowsWall = performance.now();
  let rows = 0;
  let chars = 0;
  for (const table of tables)
    for (const row of table.generate()) {
      rows++;
      for (const cell of row) if (cell !== null) chars += cell.length;
    }
  const rowsCpu = cpuSeconds(process.cpuUsage(rowsStart));
  const rowsSeconds = (performance.now() - rowsWall) / 1e3;
  process.stdout.write(
    `${JSON.stringify({ runCpu, runSeconds, rowsCpu, rowsSeconds, rows, observed, chars })}\n`,
  );
}

main(Number(process.argv[2] ?? 35000), process.argv[3] ?? resolve(__dirname, '..', '..')).catch(
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
