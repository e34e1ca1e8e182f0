/**
 * The fuzz invariants themselves: they hold on the sample's real result and catch a
 * result whose totals are not conserved or whose errors are not located (so the fuzz
 * test can fail).
 */
import { runQuotePart, type ResultJson } from '../../src/engine';
import { sampleRawWorkbook } from '../../src/workbook/sample/sampleRawWorkbook';
import { acceptedViolations, inputFacts, locationViolations } from '../../bench/fuzz/checkOutcome';

const OPTIONS = {
  generatedAt: '2026-03-16T09:00:00Z',
  version: 'test',
  source: 'sample.xlsx',
  host: 'cli',
} as const;
const sample = (): ResultJson =>
  JSON.parse(JSON.stringify(runQuotePart(sampleRawWorkbook(), OPTIONS).json)) as ResultJson;
const facts = { lineByLine: false, regularisation: false };

describe('fuzz invariants', () => {
  test('hold on the sample', () => {
    expect(inputFacts(sampleRawWorkbook())).toEqual(facts);
    expect(acceptedViolations(sample(), facts)).toEqual([]);
  });

  test('catch a quote-part that breaks Σ = base', () => {
    const json = sample();
    const q = json.quoteParts.find((x) => x.model === 'service-commun');
    if (!q) throw new Error('pas de service commun dans l’exemple');
    q.quotePart = (Number(q.quotePart) + 0.01).toFixed(2);
    expect(acceptedViolations(json, facts).join('\n')).toMatch(/total .* ≠ Σ quote-parts/);
  });

  test('catch a base that differs from the quote-parts', () => {
    const json = sample();
    const check = json.checks.find((c) => c.difference === '0.00');
    if (!check) throw new Error('aucun contrôle à écart nul');
    check.base = (Number(check.base) - 0.01).toFixed(2);
    expect(acceptedViolations(json, facts).join('\n')).toMatch(/écart .* ≠ total − base/);
  });

  test('catch a titre line that is lost or zero', () => {
    const json = sample();
    json.titres.pop();
    expect(acceptedViolations(json, facts).join('\n')).toMatch(
      /< montants facturés sans avertissement/,
    );
    const other = sample();
    const line = other.titres[0];
    if (!line) throw new Error('aucun titre');
    line.amount = '0.00';
    expect(acceptedViolations(other, facts).join('\n')).toMatch(/≤ 0/);
  });

  test('catch a comparison total that is not Σ quote-parts + fees', () => {
    const json = sample();
    const row = json.comparison[0];
    if (!row) throw new Error('aucune comparaison');
    row.total = (Number(row.total) + 1).toFixed(2);
    expect(acceptedViolations(json, facts).join('\n')).toMatch(/comparaison/);
  });

  test('catch an error on a cell without row or column, but not a missing table', () => {
    const base = { severity: 'error' as const, table: 'Charges', message: 'm' };
    expect(
      locationViolations([{ ...base, code: 'NOMBRE_INVALIDE', row: 2, column: null }]),
    ).toHaveLength(1);
    expect(
      locationViolations([{ ...base, code: 'NOMBRE_INVALIDE', row: 2, column: 'Montant' }]),
    ).toEqual([]);
    expect(
      locationViolations([{ ...base, code: 'TABLE_MANQUANTE', row: null, column: null }]),
    ).toEqual([]);
  });
});
