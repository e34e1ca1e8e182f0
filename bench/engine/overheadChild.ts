/**
 * Child process of the v1.1 overhead cases (issue 11): in one fresh Node process started
 * with the CLI's flags, the 35,000 × 10 workbook as it is (`plain`), with its first keyed
 * service shared by `Paliers` (`tiers`, bench/engine/tierOverhead.ts) and with 50 support
 * services ventilated reciprocally (`supports`, bench/engine/ventilationBench.ts). Each
 * round runs the three variants once, in an order that turns from round to round, so a
 * burst of load on the shared machine hits every variant alike; the parent compares each
 * variant with the plain run *of the same round*. Prints
 * `{"rounds": [{"plain": {wall, cpu}, "tiers": …, "supports": …}, …]}` on standard output.
 *
 * Usage: `node --expose-gc --max-semi-space-size=64 lib/bench/engine/overheadChild.js MEMBERS ROUNDS [tiers,supports]`
 */
import type { RawWorkbook } from '../../src/engine';
import { runQuotePart } from '../../src/engine';
import { benchRawWorkbook } from '../support/benchWorkbooks';
import { collectGarbage, elapsedSeconds, now } from '../support/timing';
import { BENCH_RUN_OPTIONS } from './engineThroughput';
import { tieredVariant } from './tierOverhead';
import { withSupportServices } from './ventilationBench';

/** The variants of a round, in their first order. */
export const VARIANTS = ['plain', 'tiers', 'supports'] as const;

/** One variant's variant name. */
export type Variant = (typeof VARIANTS)[number];

/** Wall and CPU seconds (user + system of the whole process, GC threads included) of one run. */
export interface RunTime {
  readonly wall: number;
  readonly cpu: number;
}

/** One full run as the CLI does it: compute, then read every JSON row and the plan. */
function timeRun(workbook: RawWorkbook): RunTime {
  collectGarbage();
  const cpuStart = process.cpuUsage();
  const start = now();
  const outcome = runQuotePart(workbook, BENCH_RUN_OPTIONS);
  for (const rows of Object.values(outcome.jsonRows?.() ?? outcome.json))
    for (const _ of rows) void _;
  const wall = elapsedSeconds(start);
  const cpu = process.cpuUsage(cpuStart);
  if (outcome.status !== 'ok')
    throw new Error(`variante refusée : ${outcome.problems[0]?.message ?? ''}`);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

async function main(members: number, rounds: number, only: readonly Variant[]): Promise<void> {
  const plain = await benchRawWorkbook(members);
  const workbooks: Record<Variant, RawWorkbook> = {
    plain,
    tiers: tieredVariant(plain).workbook,
    supports: withSupportServices(plain),
  };
  const variants = VARIANTS.filter((v) => v === 'plain' || only.includes(v));
  // A first untimed run of each variant: the compiler warms up on every path.
  for (const v of variants) timeRun(workbooks[v]);
  const out: Partial<Record<Variant, RunTime>>[] = [];
  for (let r = 0; r < rounds; r++) {
    const round: Partial<Record<Variant, RunTime>> = {};
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(r + k) % variants.length] as Variant;
      round[v] = timeRun(workbooks[v]);
    }
    out.push(round);
  }
  process.stdout.write(`${JSON.stringify({ rounds: out })}\n`);
}

if (require.main === module)
  main(
    Number(process.argv[2]),
    Number(process.argv[3] ?? 5),
    (process.argv[4] ?? 'tiers,supports').split(',') as Variant[],
  ).catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
