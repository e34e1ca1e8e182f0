/**
 * Support services in the benchmark (contract §6.2, issue 11): (1) the exact reciprocal
 * ventilation alone, 50 support services over 500 services, each support serving 5
 * other supports and 20 services (the 50 × 50 system solved over BigInt fractions, then
 * the single largest-remainder rounding); (2) its cost inside the 35,000 × 10 run: the
 * same workbook plus 50 support services ventilated reciprocally over its 10 services,
 * `runQuotePart` timed with and without them (interleaved, best of `ROUNDS`).
 */
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine';
import { runQuotePart } from '../../src/engine';
import {
  solveVentilation,
  type VentilationInput,
} from '../../src/engine/ventilation/solveVentilation';
import { q, type Q } from '../../src/engine/numbers/rational';
import { BENCH_RUN_OPTIONS } from './engineThroughput';
import { collectGarbage, elapsedSeconds, grouped, now } from '../support/timing';

/** Interleaved rounds of each timing (the best is kept: the least disturbed by other load). */
export const ROUNDS = 3;

/** What the ventilation benchmark found. */
export interface VentilationMeasure {
  readonly supports: number;
  readonly services: number;
  /** Best seconds of `solveVentilation` on the 50 × 500 system. */
  readonly solveSeconds: number;
  /** Σ V_j = round(Σ D_s) on that system (conservation, checked). */
  readonly conserved: boolean;
  readonly members: number;
  /** Best seconds of `runQuotePart` on the benchmark workbook, without and with the supports. */
  readonly baseSeconds: number;
  readonly withSupportsSeconds: number;
}

/** A deterministic pseudo-random sequence (no Math.random: the benchmark is reproducible). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** 50 supports (indexes 0, 10, 20, …) among 500 services, each serving 5 supports and 20 services. */
export function ventilationSystem(supportCount = 50, serviceCount = 500): VentilationInput {
  const random = lcg(11);
  const step = Math.floor(serviceCount / supportCount);
  const supports = Array.from({ length: supportCount }, (_, k) => k * step);
  const isSupport = new Set(supports);
  const receivers = Array.from({ length: serviceCount }, (_, i) => i).filter(
    (i) => !isSupport.has(i),
  );
  const links: { support: number; receiver: number; weight: Q }[] = [];
  for (const s of supports) {
    const targets = new Set<number>();
    while (targets.size < 5) {
      const t = supports[Math.floor(random() * supports.length)] as number;
      if (t !== s) targets.add(t);
    }
    while (targets.size < 25)
      targets.add(receivers[Math.floor(random() * receivers.length)] as number);
    for (const t of targets)
      links.push({
        support: s,
        receiver: t,
        weight: q(BigInt(1 + Math.floor(random() * 9999)), 100n),
      });
  }
  return {
    supports,
    receivers,
    direct: new Map(supports.map((s) => [s, q(BigInt(Math.floor(random() * 1e9)), 100n)])),
    links,
    method: 'reciproque',
    rounding: q(1n, 100n),
  };
}

/** `table` with `rows` added at the end (a new table when absent). */
function withRows(
  workbook: RawWorkbook,
  name: string,
  headers: readonly string[],
  rows: RawCell[][],
): RawWorkbook {
  const found = workbook.tables.find((t) => t.name === name);
  const table: RawTable = found
    ? {
        ...found,
        rows: [
          ...found.rows,
          ...rows.map((r) => found.headers.map((h) => r[headers.indexOf(String(h))] ?? null)),
        ],
      }
    : { name, sheet: name, source: 'sheet', headerRow: 1, firstColumn: 1, headers, rows };
  return {
    ...workbook,
    tables: found
      ? workbook.tables.map((t) => (t === found ? table : t))
      : [...workbook.tables, table],
    sheetNames: found ? workbook.sheetNames : [...workbook.sheetNames, name],
  };
}

/** The benchmark workbook plus `count` support services ventilated reciprocally over its services. */
export function withSupportServices(workbook: RawWorkbook, count = 50): RawWorkbook {
  const services = workbook.tables.find((t) => t.name === 'Services');
  const names = (services?.rows ?? []).map((r) => String(r[0]));
  const supports = Array.from({ length: count }, (_, k) => `Support ${k + 1}`);
  const random = lcg(7);
  const ventilations: RawCell[][] = [];
  supports.forEach((s, k) => {
    for (let j = 1; j <= 5; j++)
      ventilations.push([
        s,
        supports[(k + j * 7) % count] as string,
        1 + Math.floor(random() * 20),
      ]);
    for (const t of names) ventilations.push([s, t, 1 + Math.floor(random() * 50)]);
  });
  let out = withRows(
    workbook,
    'Services',
    ['Service', 'Modèle'],
    supports.map((s) => [s, 'Service support']),
  );
  out = withRows(
    out,
    'Charges',
    ['Service', 'Libellé', 'Montant'],
    supports.map((s) => [s, 'Coût direct', 10_000 + Math.floor(random() * 90_000_000) / 100]),
  );
  return withRows(out, 'Ventilations', ['Service support', 'Service', 'Poids'], ventilations);
}

function timeRun(workbook: RawWorkbook): number {
  collectGarbage();
  const start = now();
  const outcome = runQuotePart(workbook, BENCH_RUN_OPTIONS);
  const seconds = elapsedSeconds(start);
  if (outcome.status !== 'ok')
    throw new Error(`classeur de banc d'essai refusé : ${outcome.problems[0]?.message ?? ''}`);
  return seconds;
}

/** Runs both measurements on the benchmark workbook of `members` members. */
export function measureVentilation(members: number, workbook: RawWorkbook): VentilationMeasure {
  const system = ventilationSystem();
  let solveSeconds = Infinity;
  let conserved = false;
  for (let k = 0; k < ROUNDS; k++) {
    const start = now();
    const out = solveVentilation(system);
    solveSeconds = Math.min(solveSeconds, elapsedSeconds(start));
    if (!out.ok) throw new Error('système de ventilation du banc d’essai singulier');
    let total = 0n;
    for (const v of out.ventilation.received.values()) total += (v.n * 100n) / v.d;
    let direct = 0n;
    for (const d of system.direct.values()) direct += (d.n * 100n) / d.d;
    conserved = total === direct;
  }
  const supported = withSupportServices(workbook);
  let baseSeconds = Infinity;
  let withSupportsSeconds = Infinity;
  for (let k = 0; k < ROUNDS; k++) {
    baseSeconds = Math.min(baseSeconds, timeRun(workbook));
    withSupportsSeconds = Math.min(withSupportsSeconds, timeRun(supported));
  }
  return {
    supports: system.supports.length,
    services: system.supports.length + system.receivers.length,
    solveSeconds,
    conserved,
    members,
    baseSeconds,
    withSupportsSeconds,
  };
}

/** The Markdown report of a measure, with the target (< 10 % of the run). */
export function ventilationReport(m: VentilationMeasure): string {
  const overhead = (m.withSupportsSeconds - m.baseSeconds) / m.baseSeconds;
  const solveShare = m.solveSeconds / m.baseSeconds;
  const ok = overhead < 0.1 && solveShare < 0.1;
  return [
    '## Services supports : ventilation réciproque exacte (§6.2)\n',
    `| système | résolution exacte + arrondi (s) | conservation Σ V = Σ D | part de runQuotePart ${grouped(m.members)} × 10 |`,
    '|---|---:|---|---:|',
    `| ${m.supports} supports sur ${m.services} services | ${m.solveSeconds.toFixed(4)} | ${m.conserved ? 'oui' : 'NON'} | ${(100 * solveShare).toFixed(2)} % |`,
    '',
    `| membres | runQuotePart sans supports (s) | avec 50 supports réciproques (s) | surcoût |`,
    '|---:|---:|---:|---:|',
    `| ${m.members} | ${m.baseSeconds.toFixed(3)} | ${m.withSupportsSeconds.toFixed(3)} | ${(100 * overhead).toFixed(1)} % |`,
    '',
    `Objectif < 10 % du temps de runQuotePart ${grouped(m.members)} × 10 : ${ok ? 'atteint' : 'MANQUÉ'} (meilleur de ${ROUNDS} passages alternés ; l’objectif porte sur 35 000 membres)`,
  ].join('\n');
}
