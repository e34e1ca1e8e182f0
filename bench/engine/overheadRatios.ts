/**
 * The v1.1 overheads of issue 11 (a `Paliers` key over 35,000 members, 50 reciprocal
 * support services), robust to a shared machine: the variants run in one child process
 * (bench/engine/overheadChild.ts), round after round in turning order, and each round's
 * variant is divided by the plain run *of the same round*. The report gives the median of
 * those ratios and their spread (min–max), in CPU time of the process (what the run costs,
 * little moved by other sessions' load) and in wall time (what the user waits, moved by it).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SEMI_SPACE_FLAG } from '../../src/cli/relaunch';
import { grouped } from '../support/timing';
import type { RunTime, Variant } from './overheadChild';

/** Rounds of the child by default. */
export const OVERHEAD_ROUNDS = 5;

/** The bound: each variant adds less than 10 % to the plain run. */
export const OVERHEAD_TARGET = 1.1;

/** Median and spread of one variant's ratios to the plain run. */
export interface RatioSummary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** What the overhead case measured. */
export interface OverheadMeasure {
  readonly members: number;
  readonly rounds: readonly Partial<Record<Variant, RunTime>>[];
  /** Median CPU seconds of the plain run. */
  readonly plainCpu: number;
  readonly ratios: Record<
    Exclude<Variant, 'plain'>,
    { readonly cpu: RatioSummary; readonly wall: RatioSummary }
  >;
}

/** Median of `values` (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median and spread of the per-round ratios `variant / plain` of `field`. */
export function roundRatios(
  rounds: readonly Partial<Record<Variant, RunTime>>[],
  variant: Exclude<Variant, 'plain'>,
  field: keyof RunTime,
): RatioSummary {
  const ratios = rounds.flatMap((r) => {
    const v = r[variant];
    const p = r.plain;
    return v && p && p[field] > 0 ? [v[field] / p[field]] : [];
  });
  if (ratios.length === 0) throw new Error(`aucun tour mesuré pour ${variant}`);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

/** Runs the child on the benchmark workbook of `members` members for `rounds` rounds. */
export function measureOverheads(members: number, rounds = OVERHEAD_ROUNDS): OverheadMeasure {
  const script = resolve(__dirname, 'overheadChild.js');
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', SEMI_SPACE_FLAG, script, String(members), String(rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const parsed = JSON.parse(out) as { rounds: Partial<Record<Variant, RunTime>>[] };
  const summary = (v: Exclude<Variant, 'plain'>) => ({
    cpu: roundRatios(parsed.rounds, v, 'cpu'),
    wall: roundRatios(parsed.rounds, v, 'wall'),
  });
  return {
    members,
    rounds: parsed.rounds,
    plainCpu: median(parsed.rounds.map((r) => r.plain?.cpu ?? 0)),
    ratios: { tiers: summary('tiers'), supports: summary('supports') },
  };
}

const ratio = (r: RatioSummary): string =>
  `${r.median.toFixed(3)} (${r.min.toFixed(3)} – ${r.max.toFixed(3)})`;

/** The Markdown report: per variant, the median ratio and its spread, and the verdict. */
export function overheadReport(m: OverheadMeasure): string {
  const label: Record<Exclude<Variant, 'plain'>, string> = {
    tiers: `clé \`Paliers\` sur ${grouped(m.members)} membres (4 paliers, service réglé par titre)`,
    supports: '50 services supports en ventilation réciproque',
  };
  const lines = [
    `## Surcoût des règles v1.1 sur ${grouped(m.members)} × 10 (issue 11, objectif < 10 %)\n`,
    `Un processus fils (\`lib/bench/engine/overheadChild.js\`), ${m.rounds.length} tours ; à chaque tour le classeur tel quel et chaque variante, dans un ordre qui tourne, runQuotePart complet et JSON lu en entier ; rapport variante / classeur tel quel **du même tour**, médiane (min – max). CPU : temps utilisateur + système du processus (ramasse-miettes compris) ; médiane du classeur tel quel : ${m.plainCpu.toFixed(2)} s.\n`,
    '| variante | rapport CPU | rapport temps mur | objectif (CPU médian < 1,10) |',
    '|---|---:|---:|---|',
  ];
  for (const v of ['tiers', 'supports'] as const) {
    const r = m.ratios[v];
    lines.push(
      `| ${label[v]} | ${ratio(r.cpu)} | ${ratio(r.wall)} | ${r.cpu.median < OVERHEAD_TARGET ? 'atteint' : 'MANQUÉ'} |`,
    );
  }
  return lines.join('\n');
}
