/**
 * One fuzz case, rebuilt from its seed alone: a valid base workbook (the sample, or a
 * workbook of the reference generator), mutated at the RawWorkbook level (then also run
 * through the engine directly, and serialised to xlsx) or at the xlsx XML/byte level, then
 * run through the CLI path in-process. Returns the violations of the invariants: an
 * exception or internal error, a changed input, an output written on refusal or missing
 * on success, unlocated errors, totals not conserved.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawWorkbook, ResultJson } from '../../src/engine';
import { runQuotePart } from '../../src/engine';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { sampleRawWorkbook } from '../../src/workbook/sample/sampleRawWorkbook';
import { generateRandomWorkbook } from '../../test/reference/generateRandomWorkbook';
import { SeededRandom } from '../../test/reference/seededRandom';
import { fromSample } from '../bad-corpus/corpusBuilders';
import { runCliInProcess, type CliRun } from '../support/cliHarness';
import { acceptedViolations, inputFacts, locationViolations } from './checkOutcome';
import { mutateRawWorkbook } from './mutateRaw';
import { mutateXlsxBytes } from './mutateXlsx';
import { rawWorkbookToXlsx } from './rawToXlsx';

/** What one case did. */
export interface FuzzResult {
  readonly seed: number;
  readonly level: 'raw' | 'xlsx';
  readonly base: string;
  readonly mutations: readonly string[];
  readonly exitCode: number;
  readonly violations: readonly string[];
}

let sampleBytes: Promise<Uint8Array> | null = null;
/** The sample as the sample generator writes it (Excel tables, shared strings), built once. */
function sampleXlsx(): Promise<Uint8Array> {
  sampleBytes ??= fromSample(() => undefined)();
  return sampleBytes;
}

function baseWorkbook(r: SeededRandom, seed: number): { name: string; raw: RawWorkbook } {
  if (r.chance(0.3)) return { name: 'exemple', raw: sampleRawWorkbook() };
  let baseSeed = seed * 10 + 1;
  while (!generateRandomWorkbook(baseSeed).expectValid) baseSeed += 1;
  return { name: `aléatoire ${baseSeed}`, raw: generateRandomWorkbook(baseSeed).workbook };
}

const OPTIONS = {
  generatedAt: '2026-03-16T09:00:00Z',
  version: 'fuzz',
  source: 'fuzz.xlsx',
  host: 'cli',
} as const;

/**
 * A change that must not matter (text forms of numbers and dates, header case and
 * accents, padding, blank rows) gives the very same quote-parts and titres as the base
 * (titres compared without their base de liquidation, which quotes headers as written).
 */
function sameResultViolations(base: RawWorkbook, mutated: RawWorkbook): string[] {
  try {
    const before = runQuotePart(base, OPTIONS);
    const after = runQuotePart(mutated, OPTIONS);
    if (before.status !== 'ok') return [];
    if (after.status !== 'ok')
      return [
        `changement sans effet refusé : ${after.problems
          .filter((p) => p.severity === 'error')
          .map(
            (p) => `${p.code} ${p.table}!${p.row ?? '-'}/${p.column ?? '-'} « ${p.value ?? ''} »`,
          )
          .join(' ; ')
          .slice(0, 400)}`,
      ];
    // The base de liquidation quotes headers as written: a header's case may change it.
    const titres = (json: ResultJson): unknown[] =>
      json.titres.map(({ liquidation: _, ...rest }) => rest);
    const a = JSON.stringify([before.json.quoteParts, titres(before.json)]);
    const b = JSON.stringify([after.json.quoteParts, titres(after.json)]);
    if (a === b) return [];
    let at = 0;
    while (at < a.length && a[at] === b[at]) at += 1;
    return [
      `changement sans effet qui change les résultats : …${a.slice(Math.max(0, at - 80), at + 60)}… ≠ …${b.slice(Math.max(0, at - 80), at + 60)}…`,
    ];
  } catch {
    return [];
  }
}

/** The engine itself on a mutated RawWorkbook: no exception, no plan when invalid, invariants when valid. */
function engineViolations(raw: RawWorkbook): string[] {
  try {
    const outcome = runQuotePart(raw, OPTIONS);
    if (outcome.status === 'invalid') {
      const out = locationViolations(outcome.problems).map((v) => `moteur : ${v}`);
      if (outcome.plan !== null) out.push('moteur : plan d’écriture malgré une entrée invalide');
      if (!outcome.problems.some((p) => p.severity === 'error'))
        out.push('moteur : refus sans erreur');
      return out;
    }
    return acceptedViolations(outcome.json, inputFacts(raw)).map((v) => `moteur : ${v}`);
  } catch (error) {
    return [
      `moteur : exception ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error)}`,
    ];
  }
}

function readable(bytes: Uint8Array): RawWorkbook | null {
  try {
    return readXlsxWorkbookSync(bytes);
  } catch {
    return null;
  }
}

/** The invariants of one CLI run. */
export function cliViolations(run: CliRun, input: RawWorkbook | null): string[] {
  const out: string[] = [];
  if (run.stderr.includes('ERREUR INTERNE') || ![0, 1, 2].includes(run.exitCode))
    out.push(
      `CLI : code ${run.exitCode}, ${run.stderr.split('\n').slice(0, 3).join(' | ').slice(0, 400)}`,
    );
  if (!run.inputUnchanged) out.push('CLI : le fichier d’entrée a changé');
  if (run.exitCode !== 0 && run.outputWritten)
    out.push(`CLI : classeur écrit malgré le code ${run.exitCode}`);
  if (run.exitCode === 1) {
    const json: ResultJson | null = run.json;
    if (!json) out.push('CLI : refus sans JSON');
    else {
      if (!json.issues.some((i) => i.severity === 'error')) out.push('CLI : refus sans erreur');
      out.push(...locationViolations(json.issues).map((v) => `CLI : ${v}`));
    }
  }
  if (run.exitCode === 0) {
    if (!run.outputWritten) out.push('CLI : aucun classeur écrit malgré le code 0');
    if (!run.json) out.push('CLI : aucun JSON écrit malgré le code 0');
    else out.push(...acceptedViolations(run.json, inputFacts(input)).map((v) => `CLI : ${v}`));
  }
  const damaged = (input?.readProblems ?? []).length > 0;
  if (run.exitCode === 2 && input !== null && !damaged)
    out.push(
      `CLI : code 2 sur un classeur que le lecteur lit sans problème (${run.stderr.split('\n')[0] ?? ''})`,
    );
  return out;
}

/** Runs case `seed`, writing its files in `dir`. */
export async function runFuzzCase(seed: number, dir: string): Promise<FuzzResult> {
  const r = new SeededRandom(seed * 7919 + 13);
  const level = seed % 2 === 0 ? 'raw' : 'xlsx';
  const base = baseWorkbook(r, seed);
  const violations: string[] = [];
  let bytes: Uint8Array;
  let mutations: string[];
  if (level === 'raw') {
    const mutated = mutateRawWorkbook(base.raw, r);
    mutations = mutated.mutations;
    violations.push(...engineViolations(mutated.workbook));
    if (mutated.benign) violations.push(...sameResultViolations(base.raw, mutated.workbook));
    bytes = rawWorkbookToXlsx(mutated.workbook);
  } else {
    const valid = base.name === 'exemple' ? await sampleXlsx() : rawWorkbookToXlsx(base.raw);
    const mutated = mutateXlsxBytes(valid, r);
    mutations = mutated.mutations;
    bytes = mutated.bytes;
  }
  const input = join(dir, `fuzz-${seed}.xlsx`);
  writeFileSync(input, bytes);
  const run = await runCliInProcess(input, dir, `fuzz-${seed}`);
  violations.push(...cliViolations(run, readable(bytes)));
  return { seed, level, base: base.name, mutations, exitCode: run.exitCode, violations };
}
