/**
 * Runs the Python reference implementation (quotepart_ref.py) on a batch of workbooks in
 * one process, so that hundreds of workbooks cost one interpreter start.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { RawWorkbook } from '../../src/engine/input/rawWorkbook';
import type { ResultJson } from '../../src/engine/contract/resultJson';

/** What the reference gives for one workbook: its §5 JSON, or the text of its crash. */
export type ReferenceOutcome =
  | { readonly ok: true; readonly result: ResultJson }
  | { readonly ok: false; readonly crash: string };

/** Path of the reference script. */
export const REFERENCE_SCRIPT = path.join(__dirname, 'quotepart_ref.py');

/** The reference's results for `workbooks`, in the same order. Throws when python3 itself fails. */
export function runReference(workbooks: readonly RawWorkbook[]): ReferenceOutcome[] {
  const run = spawnSync('python3', [REFERENCE_SCRIPT], {
    input: JSON.stringify(workbooks),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status !== 0)
    throw new Error(`python3 ${REFERENCE_SCRIPT} exited with ${String(run.status)}: ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as unknown[];
  return parsed.map((item): ReferenceOutcome => {
    const crash = (item as { crash?: string }).crash;
    return crash === undefined ? { ok: true, result: item as ResultJson } : { ok: false, crash };
  });
}

/** Whether a result refuses its input (at least one error). */
export function isRefused(result: ResultJson): boolean {
  return result.issues.some((i) => i.severity === 'error');
}
