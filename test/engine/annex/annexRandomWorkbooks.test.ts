/**
 * Annexes, report and export on the seeded random workbooks of the differential test
 * (presence dates, régularisation, `Ligne à ligne`, 0.001 rounding, tiny amounts under
 * the titre floor, negative lines…): the annex figures stay equal to the result tables,
 * the schedule to the titres, the CSV total to Σ titres, and nothing prints NaN/undefined.
 */
import { eachRow, runQuotePart, buildReport, exportTitres } from '../../../src/engine';
import { generateRandomWorkbook } from '../../reference/generateRandomWorkbook';
import { eq } from '../../../src/engine/numbers/rational';
import {
  annexSheetsOf,
  column,
  records,
  scheduleByTitre,
  tableById,
  tablesOf,
  TEST_OPTIONS,
} from './support/runSample';
import { dec, sumOf } from './support/exact';

const SEEDS = Array.from({ length: 120 }, (_, k) => 7001 + k);

describe('annexes and exports on random workbooks', () => {
  let valid = 0;
  let regularisations = 0;

  test.each(SEEDS)('seed %i', (seed) => {
    const generated = generateRandomWorkbook(seed);
    const outcome = runQuotePart(generated.workbook, TEST_OPTIONS);
    if (outcome.status !== 'ok') return;
    valid++;
    const details = outcome.details!;
    if (details.regularisation) regularisations++;
    const { json } = outcome;
    const sheets = annexSheetsOf(outcome);
    expect(sheets).toHaveLength(details.services.length);
    details.services.forEach((service, k) => {
      const sheet = sheets[k]!;
      const expected = json.quoteParts.filter(
        (q) => q.scenario === 'Référence' && q.service === service.name,
      );
      if (expected.length === 0) return;
      const table = tableById(sheet, 'Repartition');
      expect(column(table, 'Quote-part')).toEqual(expected.map((q) => q.quotePart));
      expect(column(table, 'Montant facturé')).toEqual(expected.map((q) => q.billed));
      const steps = Object.fromEntries(
        records(tableById(sheet, 'Base')).map((r) => [r['Étape'], r['Montant']]),
      );
      expect(steps['Σ des quote-parts']).toBe(
        json.checks.find((c) => c.scenario === 'Référence' && c.service === service.name)?.total,
      );
      const schedule = tablesOf(sheet).find((t) => t.name.endsWith('_Echeancier'));
      const issued = json.titres.filter((t) => t.service === service.name).map((t) => t.amount);
      const scheduled = schedule ? [...scheduleByTitre(schedule).values()].flat() : [];
      if (schedule?.columns.some((c) => c.header === 'Total')) {
        const periods = schedule.columns.flatMap((c, i) =>
          c.format === 'euro' && c.header !== 'Total' ? [i] : [],
        );
        const total = schedule.columns.findIndex((c) => c.header === 'Total');
        for (const row of eachRow(schedule.rows))
          expect(
            eq(sumOf(periods.map((i) => row[i]).filter((v) => v !== null)), dec(row[total])),
          ).toBe(true);
      }
      expect(eq(sumOf(scheduled), sumOf(issued))).toBe(true);
    });
    const exported = exportTitres(outcome);
    expect(eq(dec(exported.titres.total), sumOf(json.titres.map((t) => t.amount)))).toBe(true);
    expect(exported.titres.rows).toBe(json.titres.length);
    if (exported.reductions)
      expect(eq(dec(exported.reductions.total), sumOf(json.reductions.map((r) => r.amount)))).toBe(
        true,
      );
    const html = buildReport(outcome, { member: details.members[0]!.name });
    expect(html).not.toMatch(/NaN|undefined|Infinity|\[object/);
  });

  test('the seeds exercise the feature: most workbooks valid, some régularisations', () => {
    expect(valid).toBeGreaterThan(SEEDS.length / 2);
    expect(regularisations).toBeGreaterThan(0);
  });
});
