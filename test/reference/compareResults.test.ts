/** The comparison used by the differential test notices every kind of difference it claims to. */
import type { ResultJson } from '../../src/engine/contract/resultJson';
import {
  canonicalDecimal,
  compareResults,
  missingLiquidationTexts,
  missingV11Issues,
} from './compareResults';

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
    coalitions: [],
    evolution: [],
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
      code: 'TYPE_INCONNU',
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

describe('compareResults on the contract §6 tables', () => {
  type V11Doc = ResultJson & Record<string, unknown>;
  const withV11 = (extra: Record<string, unknown>): V11Doc => ({ ...result(), ...extra });
  const ventilation = [
    { support: 'DSI', service: 'S', weight: '0.75', share: '0.7500000000', amount: '75.00' },
  ];

  it('ignores the §6 tables of parts that are not enabled', () => {
    expect(compareResults(result(), withV11({ ventilation }), 8, [])).toEqual([]);
  });

  it('says when the engine has no §6 table and compares its rows by name and value', () => {
    // An engine without the §6.2 tables (as before v1.1).
    const { ventilation: _ventilation, ventilationTotals: _totals, ...before } = result();
    expect(
      compareResults(before as ResultJson, withV11({ ventilation }), 8, ['supports']),
    ).toContain("ventilation: missing from the engine's JSON");
    const engine = withV11({
      ventilation: [{ ...ventilation[0], service: 's', weight: '0.750', amount: '75.01' }],
      ventilationTotals: [],
    });
    expect(
      compareResults(engine, withV11({ ventilation, ventilationTotals: [] }), 8, ['supports']),
    ).toEqual(['ventilation[DSI | s]: amount engine="75.01" reference="75.00"']);
  });

  it('accepts a support error the contract does not place when the engine names the same support', () => {
    const ref = withV11({});
    const issue = (table: string, row: number | null, message: string) =>
      ({
        severity: 'error',
        code: 'SUPPORT_SANS_RECEVEUR',
        table,
        row,
        column: null,
        value: null,
        message,
        _v11: 'supports',
      }) as unknown as ResultJson['issues'][number];
    ref.issues = [issue('Services', 4, 'Datacentre : aucun service ne reçoit son coût.')];
    const engine = withV11({});
    engine.issues = [issue('Ventilations', 10, 'le service support « Datacentre » n’a plus…')];
    expect(missingV11Issues(engine, ref, ['supports'], true)).toEqual([]);
    engine.issues = [issue('Ventilations', 10, 'le service support « Direction » n’a plus…')];
    expect(missingV11Issues(engine, ref, ['supports'], true)).toHaveLength(1);
  });

  it('finds §6 problems the engine does not report at the same place', () => {
    // The reference's codes are its own (and v1.1's), not the engine's ProblemCode: cast via unknown.
    const ref = withV11({});
    ref.issues = [
      {
        severity: 'warning',
        code: 'UNITE_AUTRE_SERVICE',
        table: 'Usages',
        row: 7,
        column: 'Unité',
        value: 'x',
        message: 'm',
        _v11: 'stricter',
      } as unknown as ResultJson['issues'][number],
    ];
    const engine = withV11({});
    engine.issues = [
      { ...ref.issues[0], code: 'AUTRE', row: 8 } as unknown as ResultJson['issues'][number],
    ];
    expect(missingV11Issues(engine, ref, ['stricter'], false)).toHaveLength(1);
    expect(missingV11Issues(engine, ref, ['supports'], false)).toEqual([]);
    expect(missingV11Issues(engine, ref, ['stricter'], true)).toEqual([]);
    engine.issues = [
      {
        ...ref.issues[0],
        code: 'AUTRE',
        table: 'USAGES',
      } as unknown as ResultJson['issues'][number],
    ];
    expect(missingV11Issues(engine, ref, ['stricter'], false)).toEqual([]);
  });

  it('checks the texts §6 requires in the base de liquidation', () => {
    const ref = withV11({});
    ref.titres = ref.titres.map((t) => ({
      ...t,
      _mustContain: [['stricter', 'CONV-9']],
    })) as ResultJson['titres'];
    const engine = withV11({});
    expect(missingLiquidationTexts(engine, ref, ['stricter'])).toHaveLength(ref.titres.length);
    engine.titres = engine.titres.map((t) => ({
      ...t,
      liquidation: 'Convention conv-9, période 2026',
    }));
    expect(missingLiquidationTexts(engine, ref, ['stricter'])).toEqual([]);
    expect(missingLiquidationTexts(withV11({}), ref, [])).toEqual([]);
  });
});
