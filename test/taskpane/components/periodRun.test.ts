/**
 * `periodRun`: the latest run's workbook and options plus `period`, computed once per
 * period, and a clear failure (not kept) when the engine refuses the period.
 */
import * as engine from '../../../src/engine';
import type { RunOutcome } from '../../../src/engine';
import { periodRun } from '../../../src/taskpane/components/PeriodSelector/periodRun';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';

const INPUT = {
  workbook: sampleRawWorkbook(),
  options: { generatedAt: '2026-01-01T00:00:00.000Z', version: 't', source: 's', host: 'preview' },
} as const;

function counting() {
  const periods: (string | undefined)[] = [];
  return {
    periods,
    runQuotePart: async (...args: Parameters<typeof engine.runQuotePart>) => {
      periods.push(args[1].period);
      return engine.runQuotePart(...args);
    },
  };
}

describe('periodRun', () => {
  it('runs the engine with the period once, then answers from the cache', async () => {
    const fake = counting();
    const cache = new Map<string, Promise<RunOutcome>>();
    const first = await periodRun(fake, INPUT, '2026-T2', cache);
    const again = await periodRun(fake, INPUT, '2026-T2', cache);
    expect(again).toBe(first);
    expect(fake.periods).toEqual(['2026-T2']);
    expect(first.json.titres.length).toBeGreaterThan(0);
    expect(first.json.titres.every((t) => t.period === '2026-T2')).toBe(true);
  });

  it("rejects with the engine's message for a period the exercice lacks, and retries later", async () => {
    const fake = counting();
    const cache = new Map<string, Promise<RunOutcome>>();
    await expect(periodRun(fake, INPUT, '2031-T2', cache)).rejects.toThrow(
      /n'est pas une période de l'exercice 2026/,
    );
    await expect(periodRun(fake, INPUT, '2031-T2', cache)).rejects.toThrow();
    expect(fake.periods).toEqual(['2031-T2', '2031-T2']);
  });
});
