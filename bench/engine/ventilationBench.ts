/**
 * Support services in the benchmark (contract §6.2, issue 11): (1) the exact reciprocal
 * ventilation alone, 50 support services over 500 services, each support serving 5
 * other supports and 20 services (the 50 × 50 system solved over BigInt fractions, then
 * the single largest-remainder rounding); (2) the workbook of its cost inside the
 * 35,000 × 10 run: the same workbook plus 50 support services ventilated reciprocally
 * over its 10 services (timed in bench/engine/overheadChild.ts).
 */
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine';
import {
  solveVentilation,
  type VentilationInput,
} from '../../src/engine/ventilation/solveVentilation';
import { q, type Q } from '../../src/engine/numbers/rational';
import { elapsedSeconds, now } from '../support/timing';

/** Runs of the solver alone (the best is kept: the least disturbed by other load). */
export const ROUNDS = 3;

/** What the ventilation benchmark found. */
export interface VentilationMeasure {
  readonly supports: number;
  readonly services: number;
  /** Best seconds of `solveVentilation` on the 50 × 500 system. */
  readonly solveSeconds: number;
  /** Σ V_j = round(Σ D_s) on that system (conservation, checked). */
  readonly conserved: boolean;
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

/** Times the exact solution of the 50 × 500 system alone. */
export function measureVentilation(): VentilationMeasure {
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
  return {
    supports: system.supports.length,
    services: system.supports.length + system.receivers.length,
    solveSeconds,
    conserved,
  };
}

/** The Markdown report of the solver alone, with its share of a run of `runSeconds`. */
export function ventilationReport(m: VentilationMeasure, runSeconds: number): string {
  return [
    '## Services supports : ventilation réciproque exacte (§6.2)\n',
    '| système | résolution exacte + arrondi (s) | conservation Σ V = Σ D | rapport au runQuotePart 35 000 × 10 (processus CPU) |',
    '|---|---:|---|---:|',
    `| ${m.supports} supports sur ${m.services} services | ${m.solveSeconds.toFixed(4)} | ${m.conserved ? 'oui' : 'NON'} | ${(m.solveSeconds / runSeconds).toFixed(4)} |`,
  ].join('\n');
}
