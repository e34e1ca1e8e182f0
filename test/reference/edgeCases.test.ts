/**
 * Hand-built edge cases where the contract gives the verdict: the engine and the
 * reference must both reach it and, for valid ones, agree on every figure.
 * (Probes where the contract is silent are only reported, by run-differential.sh --probes.)
 */
import { EDGE_CASES } from './edgeCaseWorkbooks';
import { runProbes } from './probeRun';

describe('edge cases with a contract verdict', () => {
  const outcomes = runProbes(EDGE_CASES.filter((p) => p.verdict !== 'silent'));
  it.each(outcomes.map((o) => [o.probe.name, o] as const))('%s', (_name, o) => {
    expect({
      engine: o.engine,
      reference: o.reference,
      details: o.details.filter((d) => !/^(engine|reference): /.test(d)),
    }).toEqual({
      engine: o.probe.verdict,
      reference: o.probe.verdict,
      details: [],
    });
  });
});
