/**
 * Child process of the engine benchmark: the funding models (`computeScenarios`) on the
 * bench workbook of N members, in a fresh Node process started with the CLI's own flags
 * (`--max-semi-space-size=64`, see src/cli/relaunch.ts), with nothing else in memory
 * but the parsed workbook — the conditions in which `quote-part compute` runs them.
 * Prints `{"first": s, "runs": [s, …]}` (wall seconds) on standard output.
 *
 * Usage: `node --max-semi-space-size=64 lib/bench/engine/modelRunsChild.js MEMBERS RUNS`
 */
import { benchRawWorkbook } from '../support/benchWorkbooks';
import { ProblemList } from '../../src/engine/problems/problemList';
import { buildInputModel } from '../../src/engine/parse/buildInputModel';
import { computeScenarios } from '../../src/engine/compute/computeScenarios';
import { elapsedSeconds, now } from '../support/timing';

async function main(members: number, runs: number): Promise<void> {
  const input = buildInputModel(await benchRawWorkbook(members), new ProblemList());
  if (!input) throw new Error(`classeur de banc d'essai invalide (${members} membres)`);
  const seconds: number[] = [];
  // Each run's results are kept until the next run replaces them, as a recalculation does.
  let kept: unknown = null;
  for (let i = 0; i <= runs; i++) {
    const start = now();
    kept = computeScenarios(input, new ProblemList());
    seconds.push(elapsedSeconds(start));
  }
  if (kept === null) throw new Error('modèles sans résultat');
  process.stdout.write(`${JSON.stringify({ first: seconds[0], runs: seconds.slice(1) })}\n`);
}

main(Number(process.argv[2]), Number(process.argv[3] ?? 7)).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
