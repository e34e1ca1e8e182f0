/**
 * The bundled sample run through the engine, for the writer's tests: its bytes, fixed run
 * options (so that outputs compare byte for byte), its write plan, a plan holding one
 * made-up table, and the workbook written to memory with every table compact.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as engine from '../../../../src/engine';
import type { PlanTable, WritePlan } from '../../../../src/engine/plan/writePlan';
import { readXlsxWorkbookSync } from '../../../../src/workbook/xlsx/read/readXlsxWorkbook';
import type { RowsEncoder } from '../../../../src/workbook/xlsx/write/offloadedRows';
import { writeXlsxWithPlanToSink } from '../../../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { MemorySink } from '../../../../src/workbook/xlsx/zip/zipWriter';

/** The bundled sample workbook. */
export const SAMPLE = new Uint8Array(
  readFileSync(resolve(__dirname, '../../../../assets/sample.xlsx')),
);

/** Run options with a fixed date and version. */
export const RUN_OPTIONS = {
  generatedAt: '2026-01-01T00:00:00.000Z',
  version: 'test',
  source: 'entree.xlsx',
  host: 'cli',
} as const;

/** Every table written compactly (shared strings, no references), hence offloadable. */
export const COMPACT = { compactFromRows: 1 };

/** The engine's outcome for `input`. */
export function runOf(input: Uint8Array = SAMPLE): engine.RunOutcome {
  return engine.runQuotePart(readXlsxWorkbookSync(input), RUN_OPTIONS);
}

/** The write plan of `input` (which must be valid). */
export function planOf(input: Uint8Array = SAMPLE): WritePlan {
  const outcome = runOf(input);
  if (outcome.plan === null) throw new Error('no plan');
  return outcome.plan;
}

/** `plan` with a single sheet, named `name`, holding only `table` (the first sheet's settings kept). */
export function singleTablePlan(plan: WritePlan, name: string, table: PlanTable): WritePlan {
  const first = plan.sheets[0] as WritePlan['sheets'][number];
  return { ...plan, sheets: [{ ...first, name, blocks: [table] }] };
}

/** The workbook `plan` gives on `input`, every table compact, its large rows rendered by `encoder` when given. */
export async function writtenCompact(
  plan: WritePlan,
  encoder: RowsEncoder | null,
  input: Uint8Array = SAMPLE,
): Promise<Buffer> {
  const sink = new MemorySink();
  await writeXlsxWithPlanToSink(input, plan, sink, COMPACT, encoder);
  return Buffer.from(sink.bytes());
}
