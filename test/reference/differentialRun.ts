/**
 * The differential check itself, shared by the jest test and the long-run script:
 * generate workbooks from seeds, run the engine and the Python reference on each,
 * and list every disagreement with what is needed to reproduce it.
 */
import { runQuotePart } from '../../src/engine';
import type { RunOptions } from '../../src/engine';
import type { ResultJson } from '../../src/engine/contract/resultJson';
import { compareResults, missingLiquidationTexts, missingV11Issues } from './compareResults';
import type { V11Part } from './engineV11';
import { generateRandomWorkbook } from './generateRandomWorkbook';
import type { GeneratedWorkbook } from './generateRandomWorkbook';
import { isRefused, runReference } from './runReference';

/** Run options passed to the engine (fixed, so that runs are reproducible). */
export const DIFF_OPTIONS: RunOptions = {
  generatedAt: '2026-01-01T00:00:00Z',
  version: 'test',
  source: 'diff',
  host: 'cli',
};

/** One seed on which the two implementations (or the generator's intent) disagree. */
export interface Mismatch {
  readonly seed: number;
  readonly defect: string | null;
  /** `status`: accept/refuse differ; `values`: outputs differ; `crash`: one side threw; `generator`: the reference disagrees with the generator's intent. */
  readonly kind: 'status' | 'values' | 'crash' | 'generator';
  readonly details: readonly string[];
}

/** Counts and mismatches of a differential run. */
export interface DifferentialReport {
  readonly seeds: number;
  readonly bothAccept: number;
  readonly bothRefuse: number;
  readonly titreLines: number;
  /** Titres that received lines carried from an earlier titre below the floor (reference count). */
  readonly carriedInto: number;
  /** Debtors with a remainder still below the floor after their last titre (reference count). */
  readonly unissued: number;
  readonly mismatches: readonly Mismatch[];
  readonly features: ReadonlyMap<string, number>;
  /** The contract §6 parts generated and compared. */
  readonly v11: readonly V11Part[];
}

function errorsOf(result: ResultJson): string[] {
  return result.issues
    .filter((i) => i.severity === 'error')
    .slice(0, 5)
    .map((i) => `${i.code} ${i.table} row ${String(i.row)} ${String(i.column)}: ${i.message}`);
}

function runEngine(
  g: GeneratedWorkbook,
): { ok: true; json: ResultJson; invalid: boolean } | { ok: false; crash: string } {
  try {
    const outcome = runQuotePart(g.workbook, DIFF_OPTIONS);
    return { ok: true, json: outcome.json, invalid: outcome.status === 'invalid' };
  } catch (e) {
    return { ok: false, crash: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
}

/**
 * Runs the differential check on `seeds` (one Python process per batch of `batchSize`).
 * With `v11` parts, the workbooks also carry those contract §6 features and the §6 outputs,
 * problems and liquidation texts are compared too.
 */
export function runDifferential(
  seeds: readonly number[],
  batchSize = 500,
  v11: readonly V11Part[] = [],
): DifferentialReport {
  const mismatches: Mismatch[] = [];
  const features = new Map<string, number>();
  let bothAccept = 0;
  let bothRefuse = 0;
  let titreLines = 0;
  let carriedInto = 0;
  let unissued = 0;
  for (let start = 0; start < seeds.length; start += batchSize) {
    const generated = seeds
      .slice(start, start + batchSize)
      .map((seed) => generateRandomWorkbook(seed, v11));
    const references = runReference(generated.map((g) => g.workbook));
    generated.forEach((g, i) => {
      for (const f of g.features) features.set(f, (features.get(f) ?? 0) + 1);
      const ref = references[i];
      const eng = runEngine(g);
      const base = { seed: g.seed, defect: g.defect };
      if (!ref || !ref.ok) {
        mismatches.push({
          ...base,
          kind: 'crash',
          details: [`reference crashed: ${ref && !ref.ok ? ref.crash : 'no output'}`],
        });
        return;
      }
      const refRefuses = isRefused(ref.result);
      if (refRefuses === g.expectValid) {
        mismatches.push({
          ...base,
          kind: 'generator',
          details: [
            `generator meant ${g.expectValid ? 'valid' : `invalid (${String(g.defect)})`}, reference ${refRefuses ? 'refuses' : 'accepts'}`,
            ...errorsOf(ref.result),
          ],
        });
      }
      if (!eng.ok) {
        mismatches.push({ ...base, kind: 'crash', details: [`engine threw: ${eng.crash}`] });
        return;
      }
      const engRefuses = eng.invalid || isRefused(eng.json);
      if (engRefuses !== refRefuses) {
        mismatches.push({
          ...base,
          kind: 'status',
          details: [
            `engine ${engRefuses ? 'refuses' : 'accepts'}, reference ${refRefuses ? 'refuses' : 'accepts'}`,
            ...errorsOf(engRefuses ? eng.json : ref.result).map(
              (e) => `  ${engRefuses ? 'engine' : 'reference'}: ${e}`,
            ),
          ],
        });
        return;
      }
      if (refRefuses) {
        bothRefuse++;
        const missing = v11.length ? missingV11Issues(eng.json, ref.result, v11, true) : [];
        if (missing.length) mismatches.push({ ...base, kind: 'values', details: missing });
        return;
      }
      bothAccept++;
      titreLines += ref.result.titres.length;
      const stats = (ref.result as { _stats?: { carriedInto: number; unissued: number } })._stats;
      carriedInto += stats?.carriedInto ?? 0;
      unissued += stats?.unissued ?? 0;
      const diffs = compareResults(eng.json, ref.result, 8, v11);
      if (v11.length)
        diffs.push(
          ...missingV11Issues(eng.json, ref.result, v11, false),
          ...missingLiquidationTexts(eng.json, ref.result, v11),
        );
      if (diffs.length) mismatches.push({ ...base, kind: 'values', details: diffs });
    });
  }
  return {
    seeds: seeds.length,
    bothAccept,
    bothRefuse,
    titreLines,
    carriedInto,
    unissued,
    mismatches,
    features,
    v11,
  };
}

/** Human-readable text of a report (the first `maxMismatches` mismatches in full). */
export function formatReport(report: DifferentialReport, maxMismatches = 10): string {
  const lines = [
    `${report.seeds} seeds: ${report.bothAccept} both accept, ${report.bothRefuse} both refuse, ${report.mismatches.length} mismatches, ${report.titreLines} titre lines compared (${report.carriedInto} titres with carried lines, ${report.unissued} unissued remainders)`,
  ];
  const byKind = new Map<string, number>();
  for (const m of report.mismatches) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
  if (byKind.size)
    lines.push(`mismatches by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const m of report.mismatches.slice(0, maxMismatches)) {
    lines.push(`--- seed ${m.seed} (${m.kind}${m.defect ? `, defect ${m.defect}` : ''})`);
    lines.push(...m.details.map((d) => `  ${d}`));
    lines.push(
      report.v11.length
        ? `  reproduce: sh test/reference/run-differential.sh --seed ${m.seed} --v11 ${report.v11.join(',')}   (or DIFF_SEED=${m.seed} npx jest test/reference/differentialV11.test.ts)`
        : `  reproduce: sh test/reference/run-differential.sh --seed ${m.seed}   (or DIFF_SEED=${m.seed} npx jest test/reference/differential.test.ts)`,
    );
  }
  return lines.join('\n');
}
