/**
 * "A finance officer can tell, from the annex alone, how each amount was computed": this
 * test redoes every service's calculation from the cells of its annex only (cost lines,
 * key or unit cost, criteria values, presence), and finds the same shares, amounts, fees
 * and billed amounts as the annex prints.
 */
import {
  type Q,
  ZERO,
  add,
  mul,
  div,
  sub,
  abs,
  cmp,
  eq,
  q,
} from '../../../src/engine/numbers/rational';
import { roundToUnit } from '../../../src/engine/numbers/round';
import { formatFixed } from '../../../src/engine/numbers/decimalText';
import type { PlanSheet } from '../../../src/engine';
import { SAMPLE_REGULARISATION_TABLES } from '../../../src/workbook/sample/sampleData';
import { annexSheetsOf, column, records, runSample, tableById } from './support/runSample';
import { dec, sumOf } from './support/exact';

const CENT = q(1n, 100n);

function steps(sheet: PlanSheet): Record<string, string | null | undefined> {
  return Object.fromEntries(
    records(tableById(sheet, 'Base')).map((r) => [r['Étape'] ?? '', r['Montant']]),
  );
}

function feeRate(sheet: PlanSheet): Q | null {
  const text =
    records(tableById(sheet, 'Caracteristiques')).find(
      (r) => r['Rubrique'] === 'Frais de gestion',
    )?.['Valeur'] ?? '';
  const m = /^([\d\u202f]+(?:,\d+)?)\s%/.exec(text);
  return m ? div(dec(m[1]!.replace(/\u202f/g, '').replace(',', '.')), q(100n)) : null;
}

function recomputeMad(sheet: PlanSheet): void {
  const unitRow = records(tableById(sheet, 'CoutUnitaire'))[0]!;
  const table = tableById(sheet, 'Repartition');
  const units = column(table, table.columns[1]!.header);
  const totalUnits = sumOf(units);
  expect(eq(totalUnits, dec(unitRow['Unités totales (U)']))).toBe(true);
  const unitCost = dec(unitRow['Coût unitaire']);
  if (/C ÷ U/.test(unitRow['Mode de fixation'] ?? ''))
    expect(
      eq(
        unitCost,
        roundToUnit(div(dec(steps(sheet)['Coût du service (C)']), totalUnits), q(1n, 10000n)),
      ),
    ).toBe(true);
  records(table).forEach((r, k) => {
    const exact = mul(unitCost, dec(units[k]));
    expect(eq(exact, dec(r['Coût unitaire × unités']))).toBe(true);
    expect(eq(roundToUnit(exact, CENT), dec(r['Quote-part']))).toBe(true);
    expect(
      eq(dec(r['Part des unités'] ?? ''), dec(formatFixed(div(dec(units[k]), totalUnits), 10))),
    ).toBe(true);
  });
}

function recomputeKeyed(sheet: PlanSheet, yearDays: number): void {
  const terms = records(tableById(sheet, 'Cle'));
  const table = tableById(sheet, 'Repartition');
  const rows = records(table);
  const presence = (r: Record<string, string | null>) =>
    q(BigInt(r['Présence (jours)'] ?? String(yearDays)), BigInt(yearDays));
  const effective = terms.map((t) => {
    const header = t['Origine']?.startsWith('Parts égales') ? 'Parts égales' : (t['Critère'] ?? '');
    const usage = t['Origine']?.startsWith('Unité') === true;
    return rows.map((r) => (usage ? dec(r[header]) : mul(dec(r[header]), presence(r))));
  });
  const totals = effective.map((values) => values.reduce((a, b) => add(a, b), ZERO));
  terms.forEach((t, k) =>
    expect(formatFixed(totals[k]!, 6)).toBe(formatFixed(dec(t['Total des participants']), 6)),
  );
  const base = dec(
    steps(sheet)['Base à répartir (B′)'] ??
      steps(sheet)['Base à répartir après frais de gestion (B′)'],
  );
  const rate = feeRate(sheet);
  const groupement =
    column(table, 'Règlement').length > 0 &&
    records(tableById(sheet, 'Caracteristiques')).some((r) =>
      r['Valeur']?.startsWith('Groupement'),
    );
  let allocatedSum = ZERO;
  rows.forEach((r, i) => {
    const share = terms.reduce(
      (acc, t, k) =>
        eq(totals[k]!, ZERO)
          ? acc
          : add(acc, mul(div(dec(t['Pondération']), q(1n)), div(effective[k]![i]!, totals[k]!))),
      ZERO,
    );
    expect(formatFixed(share, 10)).toBe(r['Part']);
    const allocated = dec(r['Part de la base']);
    allocatedSum = add(allocatedSum, allocated);
    expect(cmp(abs(sub(allocated, mul(base, share))), CENT)).toBeLessThan(0);
    const quotePart = add(
      allocated,
      r['Coûts propres'] === undefined ? ZERO : dec(r['Coûts propres']),
    );
    expect(eq(quotePart, dec(r['Quote-part']))).toBe(true);
    const fee =
      groupement && rate && r['Règlement'] !== 'Usage propre (porteur)'
        ? roundToUnit(mul(quotePart, rate), CENT)
        : ZERO;
    if (r['Frais de gestion'] !== undefined) expect(eq(fee, dec(r['Frais de gestion']))).toBe(true);
    const billed =
      r['Règlement'] === 'Titre de recettes'
        ? add(quotePart, fee)
        : r['Règlement']?.startsWith('Paiement direct')
          ? fee
          : ZERO;
    expect(eq(billed, dec(r['Montant facturé']))).toBe(true);
  });
  expect(eq(allocatedSum, base)).toBe(true);
}

describe('recomputing every amount from the annex alone', () => {
  test.each([
    ['sample', undefined],
    ['régularisation variant', SAMPLE_REGULARISATION_TABLES],
  ])('%s', (_name, tables) => {
    const outcome = runSample(tables);
    const details = outcome.details!;
    annexSheetsOf(outcome).forEach((sheet, k) => {
      const model = details.services[k]!.model;
      if (model === 'mise-a-disposition') recomputeMad(sheet);
      else recomputeKeyed(sheet, details.yearDays);
    });
  });
});
