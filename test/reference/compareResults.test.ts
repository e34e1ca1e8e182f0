/** The comparison used by the differential test notices every kind of difference it claims to. */
import type { ResultJson } from '../../src/engine/contract/resultJson';
import { canonicalDecimal, compareResults } from './compareResults';

function result(): ResultJson {
  return {
    quoteParts: [
      {
        scenario: 'Référence',
        service: 'S',
        model: 'service-commun',
        member: 'A',
        share: '0.5000000000',
        unitCost: null,
        quotePart: '10.50',
        fee: '0.00',
        billed: '10.50',
        settlement: 'titre',
      },
      {
        scenario: 'Référence',
        service: 'S',
        model: 'service-commun',
        member: 'B',
        share: '0.5000000000',
        unitCost: null,
        quotePart: '10.50',
        fee: '0.00',
        billed: '0.00',
        settlement: 'own-use',
      },
    ],
    titres: [
      {
        number: 1,
        line: 1,
        period: '2026',
        debtor: 'A',
        service: 'S',
        account: '7087',
        amount: '10.50',
        liquidation: 'x',
      },
      {
        number: 1,
        line: 2,
        period: '2026',
        debtor: 'A',
        service: 'T',
        account: '7087',
        amount: '5.00',
        liquidation: 'x',
      },
    ],
    reductions: [{ debtor: 'A', service: 'S', amount: '1.00' }],
    compensation: [{ member: 'A', before: '100.00', imputed: '10.50', after: '89.50' }],
    comparison: [
      {
        member: 'A',
        scenario: 'Référence',
        total: '10.50',
        delta: '0.00',
        standalone: null,
        gain: null,
      },
    ],
    checks: [
      { scenario: 'Référence', service: 'S', base: '21.00', total: '21.00', difference: '0.00' },
    ],
    ventilation: [],
    ventilationTotals: [],
    issues: [],
  };
}

describe('compareResults', () => {
  it('treats equal decimals written differently as equal, and ignores liquidation and issues', () => {
    const other = result();
    other.quoteParts[0] = { ...other.quoteParts[0]!, quotePart: '10.5', share: '0.5' };
    other.titres[0] = { ...other.titres[0]!, liquidation: 'autre texte', amount: '10.500' };
    other.comparison[0] = { ...other.comparison[0]!, scenario: 'REFERENCE', delta: '-0' };
    other.issues.push({
      severity: 'warning',
      code: 'X',
      table: 'T',
      row: null,
      column: null,
      value: null,
      message: 'm',
    });
    expect(compareResults(result(), other)).toEqual([]);
  });

  it('reports a different amount, a missing row, an extra row and a changed titre order', () => {
    const other = result();
    other.quoteParts[0] = { ...other.quoteParts[0]!, billed: '10.51' };
    other.reductions = [];
    other.checks.push({
      scenario: 'Référence',
      service: 'U',
      base: '1',
      total: '1',
      difference: '0',
    });
    other.titres = [other.titres[1]!, other.titres[0]!];
    other.comparison[0] = { ...other.comparison[0]!, standalone: '12.00' };
    const diffs = compareResults(result(), other).join('\n');
    expect(diffs).toMatch(
      /quoteParts\[reference \| S \| A\]: billed engine="10.50" reference="10.51"/,
    );
    expect(diffs).toMatch(/reductions\[A \| S\]: extra in engine/);
    expect(diffs).toMatch(/checks\[reference \| U\]: missing in engine/);
    expect(diffs).toMatch(/titres\[0\].*service engine="S" reference="T"/);
    expect(diffs).toMatch(/comparison.*standalone engine=null reference="12.00"/);
  });

  it('canonicalises decimal strings', () => {
    expect(['12.50', '012.5', '-0.00', '+3', '1.', '-0.10'].map(canonicalDecimal)).toEqual([
      '12.5',
      '12.5',
      '0',
      '3',
      '1',
      '-0.1',
    ]);
  });
});
