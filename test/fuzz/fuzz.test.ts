/**
 * Bounded fuzzing, part of CI: 150 seeded cases (half mutated at the RawWorkbook level,
 * half at the xlsx XML/byte level, on the sample and on workbooks of the reference
 * generator) through the CLI path. Each case must keep the invariants of
 * bench/fuzz/checkOutcome.ts and fuzzCase.ts. The long run is `npm run fuzz:long`.
 * A failing case is rebuilt from its seed alone: `runFuzzCase(seed, dir)`.
 */
import { rmSync } from 'node:fs';
import { runFuzzCase, type FuzzResult } from '../../bench/fuzz/fuzzCase';
import { makeTempDir } from '../../bench/support/cliHarness';

const CASES = 150;
const FIRST_SEED = 1;

let dir = '';
const results: FuzzResult[] = [];

beforeAll(() => {
  dir = makeTempDir('qp-fuzz-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fuzzed workbooks through the CLI path', () => {
  for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed += 1) {
    test(`cas ${seed}`, async () => {
      const result = await runFuzzCase(seed, dir);
      results.push(result);
      rmSync(`${dir}/fuzz-${seed}.xlsx`, { force: true });
      expect({ seed, mutations: result.mutations, violations: result.violations }).toEqual({
        seed,
        mutations: result.mutations,
        violations: [],
      });
    });
  }

  test('the cases reach all three outcomes (accepted, refused, unreadable)', () => {
    const codes = new Set(results.map((r) => r.exitCode));
    expect([...codes].sort()).toEqual([0, 1, 2]);
  });
});
