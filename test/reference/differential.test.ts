/**
 * Differential test: the engine and the independent Python reference
 * (test/reference/quotepart_ref.py) must agree on random workbooks: same verdict (both
 * accept / both refuse) and, when they accept, the same quote-parts, titres,
 * reductions, compensation, comparison and checks to the cent.
 *
 * DIFF_SEEDS (default 300) and DIFF_FROM (default 1) choose the seeds; DIFF_SEED=n runs one.
 */
import { formatReport, runDifferential } from './differentialRun';

function seedsFromEnv(): number[] {
  const one = process.env.DIFF_SEED;
  if (one) return [Number(one)];
  const count = Number(process.env.DIFF_SEEDS ?? 300);
  const from = Number(process.env.DIFF_FROM ?? 1);
  return Array.from({ length: count }, (_, i) => from + i);
}

describe('engine vs Python reference on random workbooks', () => {
  const seeds = seedsFromEnv();

  it(`agrees on ${seeds.length} seeds`, () => {
    const report = runDifferential(seeds);
    if (report.mismatches.length) throw new Error(formatReport(report));
    expect(report.bothAccept + report.bothRefuse).toBe(seeds.length);
  });
});
