/**
 * Differential test of contract §6 (v1.1): random workbooks carrying the §6 parts the
 * engine implements (support services and their ventilation, Paliers, coalitions,
 * Historique, the stricter reading's triggers, valid and invalid) must give the same
 * verdict, the same §5 and §6 tables to the cent, the §6 problems at the same place and
 * the liquidation texts §6 requires, in the engine and in the Python reference.
 *
 * Runs only for the parts listed in engineV11.ts (ENGINE_V11_PARTS), the one switch the
 * lead flips when the engine's v1.1 work merges; skipped (listed as such) while it is empty.
 * DIFF_SEEDS (default 300) and DIFF_FROM (default 1) choose the seeds; DIFF_SEED=n runs one.
 */
import { formatReport, runDifferential } from './differentialRun';
import { ENGINE_V11_PARTS } from './engineV11';

function seedsFromEnv(): number[] {
  const one = process.env.DIFF_SEED;
  if (one) return [Number(one)];
  const count = Number(process.env.DIFF_SEEDS ?? 300);
  const from = Number(process.env.DIFF_FROM ?? 1);
  return Array.from({ length: count }, (_, i) => from + i);
}

const enabled = ENGINE_V11_PARTS.length > 0;

describe(`engine vs Python reference on random v1.1 workbooks (${ENGINE_V11_PARTS.join(', ') || 'no §6 part enabled'})`, () => {
  const seeds = seedsFromEnv();

  (enabled ? it : it.skip)(`agrees on ${seeds.length} seeds`, () => {
    const report = runDifferential(seeds, 500, ENGINE_V11_PARTS);
    if (report.mismatches.length) throw new Error(formatReport(report));
    expect(report.bothAccept + report.bothRefuse).toBe(seeds.length);
  });
});
