/**
 * Runs the hand-built edge cases (edgeCaseWorkbooks.ts) through the engine and the
 * reference and says, for each, what each implementation concluded.
 */
import { runQuotePart } from '../../src/engine';
import { compareResults } from './compareResults';
import { DIFF_OPTIONS } from './differentialRun';
import { EDGE_CASES } from './edgeCaseWorkbooks';
import type { EdgeCase } from './edgeCaseWorkbooks';
import { isRefused, runReference } from './runReference';

/** What the two implementations made of one probe. */
export interface ProbeOutcome {
  readonly probe: EdgeCase;
  readonly engine: 'valid' | 'invalid' | 'crash';
  readonly reference: 'valid' | 'invalid' | 'crash';
  /** Value differences when both accept; the first error of each side otherwise. */
  readonly details: readonly string[];
}

/** Runs every probe (one Python process). */
export function runProbes(probes: readonly EdgeCase[] = EDGE_CASES): ProbeOutcome[] {
  const refs = runReference(probes.map((p) => p.workbook));
  return probes.map((probe, i) => {
    const ref = refs[i];
    let engineJson = null;
    let engine: ProbeOutcome['engine'] = 'crash';
    const details: string[] = [];
    try {
      const outcome = runQuotePart(probe.workbook, DIFF_OPTIONS);
      engineJson = outcome.json;
      engine = outcome.status === 'invalid' || isRefused(outcome.json) ? 'invalid' : 'valid';
    } catch (e) {
      details.push(`engine threw: ${e instanceof Error ? e.message : String(e)}`);
    }
    const reference: ProbeOutcome['reference'] =
      !ref || !ref.ok ? 'crash' : isRefused(ref.result) ? 'invalid' : 'valid';
    if (ref && !ref.ok) details.push(`reference crashed: ${ref.crash}`);
    const firstError = (
      issues: readonly { severity: string; code: string; message: string }[],
    ): string =>
      issues.filter((x) => x.severity === 'error').map((x) => `${x.code}: ${x.message}`)[0] ?? '';
    if (engineJson && ref && ref.ok) {
      if (engine === 'valid' && reference === 'valid')
        details.push(...compareResults(engineJson, ref.result));
      else {
        if (engine === 'invalid') details.push(`engine: ${firstError(engineJson.issues)}`);
        if (reference === 'invalid') details.push(`reference: ${firstError(ref.result.issues)}`);
      }
    }
    return { probe, engine, reference, details };
  });
}
