/**
 * `npm run fuzz:long`: the fuzz cases of test/fuzz/ at length (10,000 by default), with
 * the count of each outcome and every violating seed. Seeds start after the CI's 150 so
 * the long run explores new cases. Exit 1 when any case violates an invariant.
 * Usage: `node lib/bench/fuzz/fuzzLong.js [CASES] [FIRST_SEED]`
 */
import { rmSync } from 'node:fs';
import { runFuzzCase, type FuzzResult } from './fuzzCase';
import { makeTempDir } from '../support/cliHarness';

async function main(args: readonly string[]): Promise<number> {
  const cases = Number(args[0] ?? 10_000);
  const first = Number(args[1] ?? 1_000);
  const dir = makeTempDir('qp-fuzz-long-');
  const started = Date.now();
  const counts = new Map<string, number>();
  const failures: FuzzResult[] = [];
  try {
    for (let seed = first; seed < first + cases; seed += 1) {
      let result: FuzzResult;
      try {
        result = await runFuzzCase(seed, dir);
      } catch (error) {
        result = {
          seed,
          level: seed % 2 === 0 ? 'raw' : 'xlsx',
          base: '?',
          mutations: [],
          exitCode: -1,
          violations: [`exception du banc de fuzzing : ${String(error)}`],
        };
      }
      rmSync(`${dir}/fuzz-${seed}.xlsx`, { force: true });
      const k = `${result.level} → code ${result.exitCode}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      if (result.violations.length > 0) {
        failures.push(result);
        console.error(
          `seed ${seed} (${result.base} ; ${result.mutations.join(' ; ')}) :\n  ${result.violations.join('\n  ')}`,
        );
      }
      if ((seed - first + 1) % 500 === 0)
        console.error(
          `${seed - first + 1}/${cases} cas, ${failures.length} en échec, ${((Date.now() - started) / 1000).toFixed(0)} s`,
        );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `Fuzzing long : ${cases} cas (graines ${first}–${first + cases - 1}), ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  for (const [k, n] of [...counts].sort()) console.log(`  ${k} : ${n}`);
  console.log(
    `Cas en violation : ${failures.length}${failures.length ? ` (graines ${failures.map((f) => f.seed).join(', ')})` : ''}`,
  );
  return failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
