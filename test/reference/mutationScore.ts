/**
 * Test of the test: plants one deliberate error at a time in the Python reference
 * (QP_REF_MUTATION) and counts how many random seeds the differential check needs to
 * notice it. Run:
 *   sh test/reference/run-differential.sh --mutations [seeds=500]
 */
import { runDifferential } from './differentialRun';

/** The planted errors understood by quotepart_ref.py. */
export const MUTATIONS = [
  'tiebreak-last',
  'half-even',
  'no-presence',
  'no-carry',
  'floor-inclusive',
  'member-first',
  'fee-merged',
] as const;

/** For each mutation, the number of seeds (out of `count`) where a new mismatch appears. */
export function mutationScore(count: number): Map<string, number> {
  const seeds = Array.from({ length: count }, (_, i) => i + 1);
  delete process.env.QP_REF_MUTATION;
  const baseline = new Set(runDifferential(seeds).mismatches.map((m) => m.seed));
  const scores = new Map<string, number>();
  for (const mutation of MUTATIONS) {
    process.env.QP_REF_MUTATION = mutation;
    const caught = runDifferential(seeds).mismatches.filter((m) => !baseline.has(m.seed));
    scores.set(mutation, new Set(caught.map((m) => m.seed)).size);
  }
  delete process.env.QP_REF_MUTATION;
  return scores;
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 500);
  for (const [mutation, n] of mutationScore(count))
    console.log(`${mutation}: caught by ${n} of ${count} seeds`);
}
