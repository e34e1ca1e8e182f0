/**
 * Long-run entry of the differential test (thousands of seeds), printing counts and the
 * first mismatches. Run through run-differential.sh (compiles, then runs):
 *   sh test/reference/run-differential.sh --seeds 5000 [--from 1]
 *   sh test/reference/run-differential.sh --seed 123 [--dump out.json]
 *   sh test/reference/run-differential.sh --probes   (hand-built edge cases, silent points included)
 *   … --v11 all | --v11 stricter,supports   (workbooks with those contract §6 parts, compared too)
 * Exit status 0 when every seed agrees, 1 otherwise.
 */
import * as fs from 'fs';
import { formatReport, runDifferential } from './differentialRun';
import { ALL_V11_PARTS } from './engineV11';
import type { V11Part } from './engineV11';
import { generateRandomWorkbook } from './generateRandomWorkbook';
import { runProbes } from './probeRun';

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Parses the arguments, runs, prints; returns the exit status. */
export function main(argv: readonly string[]): number {
  if (argv.includes('--probes')) {
    let disagreements = 0;
    for (const o of runProbes()) {
      const agree = o.engine === o.reference && (o.engine !== 'valid' || o.details.length === 0);
      const contract =
        o.probe.verdict === 'silent' ? 'contract silent' : `contract: ${o.probe.verdict}`;
      if (!agree || (o.probe.verdict !== 'silent' && o.engine !== o.probe.verdict)) disagreements++;
      console.log(
        `${agree ? 'same' : 'DIFF'} ${o.probe.name}: engine ${o.engine}, reference ${o.reference} (${contract}) — ${o.probe.note}`,
      );
      for (const d of o.details) console.log(`    ${d}`);
    }
    return disagreements ? 1 : 0;
  }
  const single = arg(argv, '--seed');
  const seeds = single
    ? [Number(single)]
    : Array.from(
        { length: Number(arg(argv, '--seeds') ?? 1000) },
        (_, i) => Number(arg(argv, '--from') ?? 1) + i,
      );
  // --v11 all | stricter,supports,…: generate and compare those contract §6 parts
  const v11Arg = arg(argv, '--v11');
  const v11 = (
    v11Arg === 'all' ? ALL_V11_PARTS : v11Arg ? v11Arg.split(',') : []
  ) as readonly V11Part[];
  const dump = arg(argv, '--dump');
  if (dump && single) {
    fs.writeFileSync(
      dump,
      JSON.stringify(generateRandomWorkbook(Number(single), v11).workbook, null, 1),
    );
    console.log(
      `workbook of seed ${single} written to ${dump} (python3 test/reference/quotepart_ref.py ${dump})`,
    );
  }
  const full = runDifferential(seeds, 500, v11);
  // --kind status|values|crash|generator: print only the mismatches of that kind
  const kind = arg(argv, '--kind');
  const report = kind
    ? { ...full, mismatches: full.mismatches.filter((m) => m.kind === kind) }
    : full;
  console.log(formatReport(report, single ? 1 : Number(arg(argv, '--max') ?? 20)));
  const features = [...report.features].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`);
  console.log(`features: ${features.join(', ')}`);
  return report.mismatches.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
