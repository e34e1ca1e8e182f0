/**
 * Test of the test: plants one deliberate error at a time in the Python reference
 * (QP_REF_MUTATION) and counts how many random seeds the differential check needs to
 * notice it. Run:
 *   sh test/reference/run-differential.sh --mutations [seeds=500]
 *   sh test/reference/run-differential.sh --mutations --v11 [seeds=500]
 * The v1.1 form needs no engine: it compares the planted reference with the intact one
 * on workbooks with every §6 part, through the same comparer, so it measures what the
 * v1.1 generator and comparer can notice.
 */
import { compareResults, missingV11Issues } from './compareResults';
import { runDifferential } from './differentialRun';
import { ALL_V11_PARTS } from './engineV11';
import { generateRandomWorkbook } from './generateRandomWorkbook';
import { isRefused, runReference } from './runReference';

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

/** The planted §6 errors understood by quotepart_ref.py. */
export const V11_MUTATIONS = [
  'no-unit-warning',
  'history-round-after-sum',
  'reciprocal-one-pass',
  'ventilation-line-rounding',
  'tier-no-presence',
  'v-after-overhead',
  'coalition-stable-strict',
] as const;

/** For each §6 mutation, the seeds (out of `count`) where the planted reference differs from the intact one. */
export function v11MutationScore(count: number): Map<string, number> {
  const workbooks = Array.from(
    { length: count },
    (_, i) => generateRandomWorkbook(i + 1, ALL_V11_PARTS).workbook,
  );
  delete process.env.QP_REF_MUTATION;
  const intact = runReference(workbooks);
  const scores = new Map<string, number>();
  for (const mutation of V11_MUTATIONS) {
    process.env.QP_REF_MUTATION = mutation;
    const planted = runReference(workbooks);
    let caught = 0;
    planted.forEach((p, i) => {
      const base = intact[i];
      if (!base || !base.ok || !p.ok) {
        caught += base?.ok === p.ok ? 0 : 1;
        return;
      }
      const differs =
        isRefused(p.result) !== isRefused(base.result) ||
        compareResults(p.result, base.result, 1, ALL_V11_PARTS).length > 0 ||
        missingV11Issues(p.result, base.result, ALL_V11_PARTS, false).length > 0;
      if (differs) caught++;
    });
    scores.set(mutation, caught);
  }
  delete process.env.QP_REF_MUTATION;
  return scores;
}

if (require.main === module) {
  const v11 = process.argv.includes('--v11');
  const rest = process.argv.slice(2).filter((a) => a !== '--v11');
  const count = Number(rest[0] ?? 500);
  for (const [mutation, n] of v11 ? v11MutationScore(count) : mutationScore(count))
    console.log(`${mutation}: caught by ${n} of ${count} seeds`);
}
