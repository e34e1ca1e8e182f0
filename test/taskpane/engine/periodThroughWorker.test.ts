/**
 * The period of « Période des titres » through the worker's request handling, with the real
 * engine on the sample: a run request carrying `period` reaches the engine, and the
 * `QP Titres` rows the pane then fetches to write are exactly that period's titres of the
 * full-year run (same numbers, same amounts, same sum to the cent), as `--periode` writes.
 */
import * as engine from '../../../src/engine';
import type { PlanRow, TitresExport } from '../../../src/engine';
import { answerEngineRequest } from '../../../src/taskpane/engine/answerEngineRequest';
import type { EngineRequest, EngineResponse } from '../../../src/taskpane/engine/engineMessages';
import { KeptRuns } from '../../../src/taskpane/engine/keptRuns';
import type { PostedRun } from '../../../src/taskpane/engine/outcomeWithoutDetails';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';

const OPTIONS = {
  generatedAt: '2026-01-01T00:00:00.000Z',
  version: 'test',
  source: 'sample.xlsx',
  host: 'preview',
} as const;

/** A decimal string with at most 2 decimals, in cents. */
function cents(value: string): bigint {
  const [integer = '0', fraction = ''] = value.split('.');
  if (fraction.length > 2) throw new Error(`more than 2 decimals: ${value}`);
  const sign = integer.startsWith('-') ? -1n : 1n;
  return sign * BigInt(integer.replace('-', '') + fraction.padEnd(2, '0'));
}

/** Answers a request as the worker does, through a structured clone of the answer. */
function ask(request: EngineRequest, runs: KeptRuns): EngineResponse {
  return structuredClone(answerEngineRequest(request, engine, runs));
}

function resultOf<T>(response: EngineResponse): T {
  if (!response.ok) throw new Error(response.message);
  return response.result as T;
}

const full = engine.runQuotePart(sampleRawWorkbook(), OPTIONS);

describe.each(full.summary.periods ?? [])('period %s through the worker', (period) => {
  const runs = new KeptRuns();
  const seen: (string | undefined)[] = [];
  const recording = {
    ...engine,
    runQuotePart: (...args: Parameters<typeof engine.runQuotePart>) => {
      seen.push(args[1].period);
      return engine.runQuotePart(...args);
    },
  };
  const response = structuredClone(
    answerEngineRequest(
      { id: 3, kind: 'run', workbook: sampleRawWorkbook(), options: { ...OPTIONS, period } },
      recording,
      runs,
    ),
  );
  const { outcome } = resultOf<PostedRun>(response);
  const expected = full.json.titres.filter((t) => t.period === period);

  it('reaches the engine and gives a valid run', () => {
    expect(seen).toEqual([period]);
    expect(outcome.status).toBe('ok');
    expect(expected.length).toBeGreaterThan(0);
    expect(outcome.summary.titreLines).toBe(expected.length);
    // The selector's choices stay those of the whole year.
    expect(outcome.summary.periods).toEqual(full.summary.periods);
  });

  it("writes in QP Titres exactly the period's titres, their sum that of the year's run", () => {
    const sheet = outcome.plan?.sheets.findIndex((s) => s.name === 'QP Titres') ?? -1;
    expect(sheet).toBeGreaterThanOrEqual(0);
    const block = outcome.plan!.sheets[sheet]!.blocks.findIndex((b) => b.kind === 'table');
    const rows = resultOf<PlanRow[]>(
      ask({ id: 4, kind: 'planRows', run: 3, sheet, block, start: 0, count: 1e6 }, runs),
    );
    expect(rows.map((row) => [row[0], row[3], row[9]])).toEqual(
      expected.map((t) => [String(t.number), period, t.amount]),
    );
    const sum = (amounts: string[]) => amounts.reduce((acc, a) => acc + cents(a), 0n);
    expect(sum(rows.map((row) => String(row[9])))).toBe(sum(expected.map((t) => t.amount)));
  });

  it("exports the period's titres only", () => {
    const exported = resultOf<TitresExport>(
      ask({ id: 5, kind: 'export', run: 3, profile: 'generique' }, runs),
    );
    expect(cents(exported.titres.total)).toBe(
      expected.reduce((acc, t) => acc + cents(t.amount), 0n),
    );
  });
});
