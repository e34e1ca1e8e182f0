/**
 * Engine throughput: exact quote-parts per second of `runQuotePart` on an in-memory
 * RawWorkbook, the share of that time spent parsing, computing and building the JSON
 * and write plan (the same steps `runQuotePart` chains, timed one by one), and the
 * decimal.js peer on the same data in the same process, with a cross-check that both
 * found the same Référence quote-parts. The stage modules are imported directly: the
 * benchmark measures the engine's inside, which no shell is allowed to do.
 */
import type { RawWorkbook, RunOptions } from '../../src/engine';
import { runQuotePart } from '../../src/engine';
import { ProblemList } from '../../src/engine/problems/problemList';
import { buildInputModel } from '../../src/engine/parse/buildInputModel';
import { runComputation } from '../../src/engine/compute/runComputation';
import { computeScenarios } from '../../src/engine/compute/computeScenarios';
import { LiquidationWriter } from '../../src/engine/billing/liquidation';
import { ResultJsonSource } from '../../src/engine/output/toResultJson';
import { buildPlan } from '../../src/engine/output/buildPlan';
import { computeWithDecimal, preparePeerInput } from './decimalPeer';
import { collectGarbage, elapsedSeconds, now } from '../support/timing';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SEMI_SPACE_FLAG } from '../../src/cli/relaunch';

/** Options of the benchmark runs (fixed, so the outputs are reproducible). */
export const BENCH_RUN_OPTIONS: RunOptions = {
  generatedAt: '2026-03-16T09:00:00Z',
  version: 'bench',
  source: 'bench.xlsx',
  host: 'cli',
};

/** What one engine measurement found. */
export interface EngineMeasure {
  readonly members: number;
  readonly quoteParts: number;
  /** Wall seconds of one whole `runQuotePart`. */
  readonly runSeconds: number;
  /** The same run split by stage (seconds). */
  readonly parseSeconds: number;
  readonly computeSeconds: number;
  /** Of which the funding models alone (keys, allocation, quote-parts of every scenario): `computeScenarios`, first run. */
  readonly quotePartSeconds: number;
  /**
   * The funding models in a fresh process with the CLI's Node flags and only the parsed
   * workbook in memory (`modelRunsChild`): first run, and median of MODEL_RUNS further runs.
   */
  readonly quotePartChildFirstSeconds: number;
  readonly quotePartMedianSeconds: number;
  readonly outputSeconds: number;
  /** The decimal.js peer: seconds and quote-parts it produced (Référence only). */
  readonly peerSeconds: number;
  readonly peerQuoteParts: number;
  /** Référence quote-parts on which the engine and the peer agree, out of `peerQuoteParts`. */
  readonly agreeing: number;
}

/** Runs of the funding models after the first, for the median. */
export const MODEL_RUNS = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The funding models timed in a child process (see `modelRunsChild.ts`). */
function timeModelsInChild(members: number): { first: number; median: number } {
  const script = resolve(__dirname, 'modelRunsChild.js');
  const out = execFileSync(
    process.execPath,
    [SEMI_SPACE_FLAG, script, String(members), String(MODEL_RUNS)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const parsed = JSON.parse(out) as { first: number; runs: number[] };
  return { first: parsed.first, median: median(parsed.runs) };
}

function timeStages(workbook: RawWorkbook): {
  parse: number;
  compute: number;
  quoteParts: number;
  output: number;
} {
  const problems = new ProblemList();
  let start = now();
  const input = buildInputModel(workbook, problems);
  const parse = elapsedSeconds(start);
  if (!input)
    throw new Error(`classeur de banc d'essai invalide : ${problems.all()[0]?.message ?? ''}`);
  start = now();
  computeScenarios(input, new ProblemList());
  const quoteParts = elapsedSeconds(start);
  start = now();
  const result = runComputation(input, problems);
  const compute = elapsedSeconds(start);
  if (!result) throw new Error('calcul impossible sur le classeur de banc d’essai');
  start = now();
  const liquidation = new LiquidationWriter(
    input,
    result.scenarios[0]?.services ?? [],
    result.billing.acomptes,
  );
  // The JSON rows as arrays (what the task pane gets); the plan's large tables are generated when written.
  const source = new ResultJsonSource(result, problems.all(), liquidation);
  void source.json;
  buildPlan(result, source, problems.all(), BENCH_RUN_OPTIONS);
  return { parse, compute, quoteParts, output: elapsedSeconds(start) };
}

/** Measures the engine and its peer on one workbook of `members` members. */
export function measureEngine(members: number, workbook: RawWorkbook): EngineMeasure {
  // The stages first, with only the workbook in memory (as in the CLI); the whole run and
  // the agreement check (which builds the JSON of every quote-part) afterwards.
  const models = timeModelsInChild(members);
  collectGarbage();
  const stages = timeStages(workbook);
  collectGarbage();
  let start = now();
  const outcome = runQuotePart(workbook, BENCH_RUN_OPTIONS);
  const runSeconds = elapsedSeconds(start);
  if (outcome.status !== 'ok')
    throw new Error(`classeur de banc d'essai refusé : ${outcome.problems[0]?.code ?? ''}`);
  const engineByPair = new Map(
    outcome.json.quoteParts
      .filter((q) => q.scenario === 'Référence')
      .map((q) => [`${q.service}\u0000${q.member}`, q.quotePart]),
  );
  const peerInput = preparePeerInput(workbook);
  collectGarbage();
  start = now();
  const peer = computeWithDecimal(peerInput);
  const peerSeconds = elapsedSeconds(start);
  const agreeing = peer.filter(
    (p) => engineByPair.get(`${p.service}\u0000${p.member}`) === p.quotePart,
  ).length;
  return {
    members,
    quoteParts: outcome.json.quoteParts.length,
    runSeconds,
    parseSeconds: stages.parse,
    computeSeconds: stages.compute,
    quotePartSeconds: stages.quoteParts,
    quotePartChildFirstSeconds: models.first,
    quotePartMedianSeconds: models.median,
    outputSeconds: stages.output,
    peerSeconds,
    peerQuoteParts: peer.length,
    agreeing,
  };
}
