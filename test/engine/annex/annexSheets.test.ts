/**
 * The sample yields one printable annex sheet per service, and every figure of an annex
 * is the value of the result tables (`json` of runQuotePart): quote-parts, shares, fees,
 * billed amounts, unit costs, checks, titres, AC.
 */
import { eq } from '../../../src/engine/numbers/rational';
import { eachRow, rowCount, type PlanSheet } from '../../../src/engine';
import {
  annexSheetsOf,
  column,
  records,
  runSample,
  scheduleByTitre,
  tableById,
  tablesOf,
} from './support/runSample';
import { dec, sumOf } from './support/exact';

const outcome = runSample();
const json = outcome.json;
const details = outcome.details!;
const annexes = annexSheetsOf(outcome);
const reference = (service: string) =>
  json.quoteParts.filter((q) => q.scenario === 'Référence' && q.service === service);
const check = (service: string) =>
  json.checks.find((c) => c.scenario === 'Référence' && c.service === service)!;
const annexOf = (k: number): PlanSheet => annexes[k]!;

describe('annex sheets of the sample', () => {
  test('one annex per service, after the other sheets, no member annex unless asked', () => {
    expect(annexes).toHaveLength(details.services.length);
    expect(details.services.length).toBe(8);
    const names = outcome.plan!.sheets.map((s) => s.name);
    expect(names.slice(-8)).toEqual(annexes.map((s) => s.name));
    expect(names).not.toContain('QP Annexe membre');
  });

  test('sheet and table names are valid and unique', () => {
    const names = annexes.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const s of annexes) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).toMatch(/^QP Annexe [^\\/?*[\]:]+$/);
    }
    const tableNames = outcome.plan!.sheets.flatMap((s) =>
      tablesOf(s).map((t) => t.name.toLowerCase()),
    );
    expect(new Set(tableNames).size).toBe(tableNames.length);
    for (const t of tableNames) expect(t).toMatch(/^qp_[a-z0-9_]+$/);
  });

  test('printable: A4 at 85 % or more, page header and numbers, title rows repeated, title and subtitle texts', () => {
    for (const [k, s] of annexes.entries()) {
      expect(s.print).toMatchObject({
        paper: 'A4',
        header: {
          left: details.organisme,
          center: details.convention,
          right: 'Exercice 2026',
        },
        pageNumbers: true,
        repeatRows: [1, 2],
      });
      expect(s.print?.scale).toBeGreaterThanOrEqual(85);
      expect(s.wrapText).toBe(true);
      const title = s.blocks.find((b) => b.kind === 'text' && b.row === 1);
      expect(title).toMatchObject({
        style: 'title',
        text: `Annexe financière — ${details.services[k]!.name} — exercice 2026`,
      });
      expect(s.blocks.find((b) => b.kind === 'text' && b.row === 2)).toMatchObject({
        style: 'note',
      });
    }
  });

  test('blocks never overlap: each table has its rows to itself', () => {
    for (const s of annexes) {
      const used = new Set<number>();
      for (const b of s.blocks) {
        const rows = b.kind === 'table' ? rowCount(b.rows) + 1 : 1;
        for (let r = b.row; r < b.row + rows; r++) {
          expect(used.has(r)).toBe(false);
          used.add(r);
        }
      }
      for (const c of s.charts ?? [])
        for (let r = c.anchor.row; r < c.anchor.row + c.anchor.rows; r++)
          expect(used.has(r)).toBe(false);
    }
  });

  test('each service has a split chart over its own table, pie for a few members, bars otherwise', () => {
    for (const [k, s] of annexes.entries()) {
      expect(s.charts).toHaveLength(1);
      const chart = s.charts![0]!;
      const table = tablesOf(s).find((t) => t.name === chart.table)!;
      expect(table.columns.map((c) => c.header)).toEqual(
        expect.arrayContaining([chart.categoryColumn, ...chart.seriesColumns]),
      );
      expect(chart.type).toBe(details.services[k]!.lines.length <= 8 ? 'pie' : 'clusteredBar');
    }
    expect(annexes.some((s) => s.charts![0]!.type === 'pie')).toBe(true);
  });

  test('per-member split equals quoteParts (member, share, unit cost, quote-part, fee, billed)', () => {
    details.services.forEach((service, k) => {
      const table = tableById(annexOf(k), 'Repartition');
      const expected = reference(service.name);
      expect(column(table, 'Membre')).toEqual(expected.map((q) => q.member));
      expect(
        column(table, service.model === 'mise-a-disposition' ? 'Part des unités' : 'Part'),
      ).toEqual(expected.map((q) => q.share));
      expect(column(table, 'Quote-part')).toEqual(expected.map((q) => q.quotePart));
      expect(column(table, 'Montant facturé')).toEqual(expected.map((q) => q.billed));
      if (expected.some((q) => !eq(dec(q.fee), { n: 0n, d: 1n })))
        expect(column(table, 'Frais de gestion')).toEqual(expected.map((q) => q.fee));
    });
  });

  test('cost-base steps equal the checks; Σ quote-parts equals the quote-part column', () => {
    details.services.forEach((service, k) => {
      const steps = Object.fromEntries(
        records(tableById(annexOf(k), 'Base')).map((r) => [r['Étape'], r['Montant']]),
      );
      const c = check(service.name);
      expect(
        steps[
          service.model === 'mise-a-disposition'
            ? 'Coût du service (C)'
            : 'Total à répartir (base du contrôle)'
        ],
      ).toBe(c.base);
      expect(steps['Σ des quote-parts']).toBe(c.total);
      expect(steps['Écart (Σ quote-parts − base)']).toBe(c.difference);
      expect(
        eq(sumOf(column(tableById(annexOf(k), 'Repartition'), 'Quote-part')), dec(c.total)),
      ).toBe(true);
    });
  });

  test('cost lines are the Charges rows of the service, and eligible ones sum to the base', () => {
    details.services.forEach((service, k) => {
      const lines = records(tableById(annexOf(k), 'Charges'));
      expect(lines.length).toBe(service.charges.length);
      const eligibleShared = lines
        .filter((l) => l['Éligible'] === 'Oui' && l['Affectée au membre'] === null)
        .map((l) => l['Montant']);
      const steps = Object.fromEntries(
        records(tableById(annexOf(k), 'Base')).map((r) => [r['Étape'], r['Montant']]),
      );
      const base = steps['Charges éligibles partagées (B)'] ?? steps['Coût du service (C)'];
      // The support costs ventilated to the service (§6.2) are a line of its base.
      const support = steps['dont services supports ventilés'] ?? '0';
      expect(eq(sumOf([...eligibleShared, support]), dec(base))).toBe(true);
    });
  });

  test('unit cost of a mise à disposition equals quoteParts.unitCost', () => {
    details.services.forEach((service, k) => {
      if (service.model !== 'mise-a-disposition') return;
      const row = records(tableById(annexOf(k), 'CoutUnitaire'))[0]!;
      expect(eq(dec(row['Coût unitaire']), dec(reference(service.name)[0]!.unitCost))).toBe(true);
      expect(row['Mode de fixation']).toMatch(service.unitCostFixed ? /convention/ : /C ÷ U/);
    });
  });

  test('installment schedule: Σ per titre and service equals the titre lines, and covers every line', () => {
    details.services.forEach((service, k) => {
      const expected = new Map<number, string[]>();
      for (const t of json.titres.filter((x) => x.service === service.name))
        expected.set(t.number, [...(expected.get(t.number) ?? []), t.amount]);
      const sheet = annexOf(k);
      const seen = tablesOf(sheet).some((t) => t.name.endsWith('_Echeancier'))
        ? scheduleByTitre(tableById(sheet, 'Echeancier'))
        : new Map<number, string[]>();
      expect([...seen.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [titre, amounts] of expected)
        expect(eq(sumOf(seen.get(titre) ?? []), sumOf(amounts))).toBe(true);
    });
  });

  test('schedule rows: quarterly service has a column per quarter and a total equal to the billed amount', () => {
    const k = details.services.findIndex((s) => s.installments === 4);
    const table = tableById(annexOf(k), 'Echeancier');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Membre',
      'Ligne',
      '2026-T1',
      '2026-T2',
      '2026-T3',
      '2026-T4',
      'Total',
      'Titres n°',
      'Observation',
    ]);
    const billed = new Map(reference(details.services[k]!.name).map((q) => [q.member, q.billed]));
    for (const r of records(table)) expect(r['Total']).toBe(billed.get(r['Membre'] ?? ''));
    const pontvieux = records(table).find((r) => r['Membre'] === 'Pontvieux')!;
    expect([pontvieux['2026-T1'], pontvieux['2026-T2']]).toEqual([null, null]);
  });

  test('AC section equals the compensation table', () => {
    const sci = details.services.findIndex(
      (s) => s.settlement === 'ac' && s.model === 'service-commun',
    );
    expect(sci).toBeGreaterThanOrEqual(0);
    const ac = records(tableById(annexOf(sci), 'AC'));
    expect(
      ac.map((r) => [
        r['Membre'],
        r['AC avant imputation'],
        r['Total imputé (tous services)'],
        r['AC nette'],
      ]),
    ).toEqual(json.compensation.map((c) => [c.member, c.before, c.imputed, c.after]));
    expect(annexes.filter((s) => tablesOf(s).some((t) => t.name.endsWith('_AC')))).toHaveLength(1);
  });

  test('every euro cell is a decimal string', () => {
    for (const s of annexes)
      for (const t of tablesOf(s))
        t.columns.forEach((c, k) => {
          if (c.format !== 'euro') return;
          for (const r of eachRow(t.rows))
            if (r[k] !== null) expect(r[k]).toMatch(/^-?\d+(\.\d+)?$/);
        });
  });
});
