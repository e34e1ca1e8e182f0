/**
 * Titres issued period by period (issue 12): the optional `Echeancier` table dates each
 * period's titres, a period without a date takes `Date d'émission`, else its first day;
 * `Numérotation` = `Par période` restarts the numbers in each period; `RunOptions.period`
 * (`--periode`) keeps one period's titres, whose sum is that period's column of the
 * échéancier. A full-year run without `Echeancier` is unchanged.
 */
import { runQuotePart, eachRow } from '../../../src/engine';
import { SAMPLE_TABLES, type SampleTable } from '../../../src/workbook/sample/sampleData';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';
import { runSample, TEST_OPTIONS } from '../annex/support/runSample';
import { add, eq, ZERO } from '../../../src/engine/numbers/rational';
import { dec } from '../annex/support/exact';

const date = (iso: string) => ({ kind: 'date' as const, iso });

/** The sample with `Parametres` rows changed (null removes a row) and extra tables. */
function variant(params: Record<string, unknown>, extra: SampleTable[] = []): SampleTable[] {
  return [
    ...SAMPLE_TABLES.map((t) => {
      if (t.name !== 'Parametres') return t;
      const rows = t.rows.filter((r) => !(String(r[0]) in params));
      for (const [k, v] of Object.entries(params))
        if (v !== null) rows.push([k, v as SampleTable['rows'][number][number]]);
      return { ...t, rows };
    }),
    ...extra,
  ];
}

const SCHEDULE: SampleTable = {
  name: 'Echeancier',
  headers: ['Période', "Date d'émission"],
  rows: [
    ['2026-T2', date('2026-06-01')],
    ['2026-s2', date('2026-07-15')],
  ],
};

/** N° → date of `QP Titres`. */
function titreDates(outcome: ReturnType<typeof runSample>): Map<string, string> {
  const sheet = outcome.plan!.sheets.find((s) => s.name === 'QP Titres')!;
  const table = sheet.blocks.find((b) => b.kind === 'table')!;
  const dates = new Map<string, string>();
  if (table.kind !== 'table') return dates;
  const n = table.columns.findIndex((c) => c.header === 'N° titre');
  const p = table.columns.findIndex((c) => c.header === 'Période');
  const d = table.columns.findIndex((c) => c.header === 'Date d\u2019émission');
  for (const row of eachRow(table.rows)) dates.set(`${row[p]}`, `${row[d]}`);
  void n;
  return dates;
}

describe('titres by period', () => {
  const full = runSample();

  test('without Echeancier every titre bears the parameter date, numbered on from 241', () => {
    const dates = titreDates(full);
    expect(new Set(dates.values())).toEqual(new Set(['2026-03-16']));
    const numbers = [...new Set(full.json.titres.map((t) => t.number))];
    expect(numbers).toEqual(numbers.map((_, k) => 241 + k));
  });

  test('Echeancier dates its periods; the others keep Date d\u2019émission', () => {
    const dates = titreDates(runSample(variant({}, [SCHEDULE])));
    expect(dates.get('2026-T2')).toBe('2026-06-01');
    expect(dates.get('2026-S2')).toBe('2026-07-15');
    expect(dates.get('2026-T1')).toBe('2026-03-16');
  });

  test('with no date at all, each titre bears the first day of its period', () => {
    const dates = titreDates(runSample(variant({ "Date d'émission": null })));
    expect(dates.get('2026')).toBe('2026-01-01');
    expect(dates.get('2026-T2')).toBe('2026-04-01');
    expect(dates.get('2026-S2')).toBe('2026-07-01');
    expect(dates.get('2026-T4')).toBe('2026-10-01');
  });

  test('Numérotation = Par période restarts at Premier numéro de titre in each period', () => {
    const run = runSample(variant({ Numérotation: 'Par période' }));
    const byPeriod = new Map<string, number[]>();
    for (const t of run.json.titres)
      byPeriod.set(t.period, [...new Set([...(byPeriod.get(t.period) ?? []), t.number])]);
    for (const numbers of byPeriod.values())
      expect(numbers).toEqual(numbers.map((_, k) => 241 + k));
    expect(run.json.titres.map((t) => t.amount)).toEqual(full.json.titres.map((t) => t.amount));
  });

  test('an unknown Numérotation or Echeancier period is refused with its place', () => {
    const bad = runQuotePart(
      sampleRawWorkbook(
        variant({ Numérotation: 'Annuelle' }, [
          { ...SCHEDULE, rows: [['2026-T5', date('2026-06-01')]] },
        ]),
      ),
      TEST_OPTIONS,
    );
    expect(bad.status).toBe('invalid');
    expect(bad.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['NUMEROTATION_INCONNUE', 'PERIODE_INCONNUE']),
    );
  });

  test.each(['2026-T2', '2026-S1', '2026'])(
    'period %s: only its titres, same numbers, their sum is its column of the échéancier',
    (period) => {
      const one = runSample(undefined, { period });
      expect(one.json.titres.length).toBeGreaterThan(0);
      expect(new Set(one.json.titres.map((t) => t.period))).toEqual(new Set([period]));
      expect(one.json.titres).toEqual(full.json.titres.filter((t) => t.period === period));
      const sum = one.json.titres.reduce((acc, t) => add(acc, dec(t.amount)), ZERO);
      // The échéancier's column: every installment of the period, carried or not, as the annexes list them.
      const column = one
        .details!.installments.filter((i) => i.titrePeriod === period)
        .reduce((acc, i) => add(acc, dec(i.amount)), ZERO);
      expect(eq(sum, column)).toBe(true);
      // The annexes still show the whole year.
      expect(one.details!.installments).toEqual(full.details!.installments);
    },
  );

  test('a period the Exercice does not have is an error', () => {
    const run = runQuotePart(sampleRawWorkbook(SAMPLE_TABLES), {
      ...TEST_OPTIONS,
      period: '2025-T2',
    });
    expect(run.status).toBe('invalid');
    expect(run.problems.map((p) => p.code)).toContain('PERIODE_DEMANDEE_INCONNUE');
  });
});
