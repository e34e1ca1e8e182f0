/**
 * `RunSummary.periods`: the periods the year's titres fall in (what the pane's « Période des
 * titres » offers), each once, in calendar order, the same with `period` set.
 */
import { runQuotePart } from '../../../src/engine';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';

const OPTIONS = {
  generatedAt: '2026-01-01T00:00:00.000Z',
  version: 't',
  source: 's',
  host: 'cli',
} as const;

/** First month (0-based) and minus the length in months of a period label. */
function calendarKey(label: string): [number, number] {
  const m = /^\d{4}(?:-([STM])(\d+))?$/.exec(label);
  if (!m) throw new Error(`période inattendue : ${label}`);
  const months = m[1] === 'S' ? 6 : m[1] === 'T' ? 3 : m[1] === 'M' ? 1 : 12;
  return [(Number(m[2] ?? 1) - 1) * months, -months];
}

describe('summary.periods', () => {
  const full = runQuotePart(sampleRawWorkbook(), OPTIONS);
  const periods = full.summary.periods ?? [];

  it("lists each period of the run's titres once, in calendar order", () => {
    expect(new Set(periods).size).toBe(periods.length);
    expect([...periods].sort()).toEqual([...new Set(full.json.titres.map((t) => t.period))].sort());
    const ordered = [...periods].sort((a, b) => {
      const [fa, la] = calendarKey(a);
      const [fb, lb] = calendarKey(b);
      return fa - fb || la - lb;
    });
    expect(periods).toEqual(ordered);
  });

  it('stays the whole year in a run restricted to one period', () => {
    const last = periods[periods.length - 1] ?? '';
    const one = runQuotePart(sampleRawWorkbook(), { ...OPTIONS, period: last });
    expect(one.summary.periods).toEqual(periods);
    expect(new Set(one.json.titres.map((t) => t.period))).toEqual(new Set([last]));
  });

  it('is empty when the run is invalid', () => {
    const bad = runQuotePart(sampleRawWorkbook(), { ...OPTIONS, period: '2031' });
    expect(bad.status).toBe('invalid');
    expect(bad.summary.periods).toEqual([]);
  });
});
