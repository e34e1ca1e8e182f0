import { rowArray, runQuotePart } from '../../../src/engine';
import { OPTIONS } from '../support/workbookBuilder';
import { smallWorkbook } from '../support/smallWorkbook';

const SERVICES_AC = {
  headers: ['Service', 'Modèle', 'Clé', 'Unité', 'Frais de gestion', 'Règlement', 'Échéances'],
  rows: [['Info', 'Service commun', 'Population', null, '3 %', 'Attribution de compensation', 1]],
};
const CHARGES_AC = {
  headers: ['Service', 'Montant', 'Membre'],
  rows: [
    ['Info', 1000, null],
    ['Info', 100, 'B'],
  ],
};

describe('AC settlement (§3.4, §4.4)', () => {
  const out = runQuotePart(
    smallWorkbook({
      tables: {
        Services: SERVICES_AC,
        Charges: CHARGES_AC,
        Usages: { headers: ['Service', 'Membre', 'Unité', 'Quantité'], rows: [] },
        Adhesions: { headers: ['Service', 'Membre'], rows: [] },
      },
    }),
    OPTIONS,
  );

  it('raises base and direct costs by the overhead, bills nothing, imputes the AC', () => {
    expect(out.status).toBe('ok');
    // B' = 1030.00 split as before: A 650.25…; B direct 103.00
    const r = Object.fromEntries(out.json.quoteParts.map((x) => [x.member, x]));
    expect(r.A?.settlement).toBe('ac');
    expect(r.A?.billed).toBe('0.00');
    expect(r.B?.quotePart).toBe('428.12'); // 325.12 + 103.00
    expect(out.json.titres).toEqual([]);
    expect(out.json.checks[0]).toMatchObject({
      base: '1133.00',
      total: '1133.00',
      difference: '0.00',
    });
  });

  it('flags a negative AC nette (the commune pays the EPCI)', () => {
    const ac = Object.fromEntries(out.json.compensation.map((c) => [c.member, c]));
    expect(Object.keys(ac)).toEqual(['A', 'B', 'C']);
    expect(ac.B).toMatchObject({ before: '50.00', imputed: '428.12', after: '-378.12' });
    const sheet = out.plan?.sheets.find((s) => s.name === 'QP AC');
    const table = sheet?.blocks[0];
    const row = table?.kind === 'table' ? rowArray(table.rows)[1] : undefined;
    expect(row?.[row.length - 1]).toMatch(/AC négative/);
  });

  it('refuses a missing AC for a member settled on the AC', () => {
    const wb = smallWorkbook({
      tables: {
        Services: SERVICES_AC,
        Charges: CHARGES_AC,
        Adhesions: { headers: ['Service', 'Membre'], rows: [] },
        Usages: { headers: ['Service', 'Membre', 'Unité', 'Quantité'], rows: [] },
      },
    });
    const membres = wb.tables.find((t) => t.name === 'Membres');
    const rows =
      membres?.rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === 4 ? null : c)) : r)) ?? [];
    const broken = {
      ...wb,
      tables: wb.tables.map((t) => (t.name === 'Membres' ? { ...t, rows } : t)),
    };
    const refused = runQuotePart(broken, OPTIONS);
    expect(refused.status).toBe('invalid');
    expect(refused.problems[0]).toMatchObject({
      code: 'AC_MANQUANTE',
      table: 'Membres',
      row: 4,
      column: 'Attribution de compensation',
      cell: 'E4',
    });
    expect(refused.plan).toBeNull();
  });
});

describe('régularisation with Acomptes (§4.3)', () => {
  const out = runQuotePart(
    smallWorkbook({
      tables: {
        Acomptes: {
          headers: ['Membre', 'Service', 'Montant'],
          rows: [
            ['A', 'Info', 700],
            ['B', 'Info', 300],
            ['EPCI', 'Info', 10],
            ['B', 'Achats', 50],
            ['B', 'Achats', 40],
          ],
        },
      },
    }),
    OPTIONS,
  );

  it('bills positive soldes for the Exercice and turns negative ones into reductions', () => {
    expect(out.status).toBe('ok');
    const lines = out.json.titres.map(
      (t) => `${t.number}/${t.line} ${t.period} ${t.debtor} ${t.service} ${t.amount}`,
    );
    // A: Info 631.31 − 700 → reduction 68.69; Support 281.69; Achats 152.25 (q + g together)
    // B: Info 315.65 − 300 = 15.65; Support 577.46; Achats 101.50 − 90 = 11.50; C: Info 53.04
    expect(lines).toEqual([
      '1/1 2026 A Support 281.69',
      '1/2 2026 A Achats 152.25',
      '2/1 2026 B Info 15.65',
      '2/2 2026 B Support 577.46',
      '2/3 2026 B Achats 11.50',
      '3/1 2026 C Info 53.04',
    ]);
    expect(out.json.reductions).toEqual([{ debtor: 'A', service: 'Info', amount: '68.69' }]);
  });

  it('warns about an acompte on a pair that is not billed', () => {
    expect(out.problems.map((p) => p.code)).toContain('ACOMPTE_SANS_FACTURATION');
    expect(out.plan?.sheets.map((s) => s.name)).toContain('QP Réductions');
  });
});

describe('scenarios and comparison (§4.5)', () => {
  const out = runQuotePart(
    smallWorkbook({
      tables: {
        Scenarios: {
          headers: ['Scénario', 'Service', 'Clé'],
          rows: [
            ['Parts égales', 'Info', 'Égalitaire'],
            ['Parts égales', 'Support', 'Égalitaire'],
          ],
        },
        CoutsAutonomes: {
          headers: ['Membre', 'Montant'],
          rows: [
            ['A', 1000],
            ['B', 900],
          ],
        },
      },
    }),
    OPTIONS,
  );

  it('recomputes only the services the scenario lists and warns about a mise à disposition line', () => {
    expect(out.status).toBe('ok');
    expect(out.problems.map((p) => p.code)).toContain('SCENARIO_SUR_MISE_A_DISPOSITION');
    const eq = out.json.quoteParts.filter(
      (r) => r.scenario === 'Parts égales' && r.service === 'Info',
    );
    // weights 365, 365, 365, 184: 1000 × 365/1279 = 285.3792… ×3, C 143.8624…
    expect(eq.map((r) => r.quotePart)).toEqual(['285.38', '285.38', '285.38', '143.86']);
  });

  it('gives totals, deltas and stand-alone gains per member and scenario', () => {
    const a = out.json.comparison.filter((c) => c.member === 'A');
    expect(a.map((c) => c.scenario)).toEqual(['Référence', 'Parts égales']);
    // Référence A: 631.31 + 281.69 + 150.00 + 2.25 = 1065.25 → gain 1000 − 1065.25 = −65.25
    expect(a[0]).toMatchObject({
      total: '1065.25',
      delta: '0.00',
      standalone: '1000.00',
      gain: '-65.25',
    });
    expect(a[1]).toMatchObject({ total: '719.32', delta: '-345.93' });
    const c = out.json.comparison.find((x) => x.member === 'C');
    expect(c).toMatchObject({ standalone: null, gain: null });
  });

  it('refuses the reserved scenario name and an invalid scenario key', () => {
    const bad = runQuotePart(
      smallWorkbook({
        tables: {
          Scenarios: {
            headers: ['Scénario', 'Service', 'Clé'],
            rows: [
              ['Reference', 'Info', 'Égalitaire'],
              ['X', 'Info', '50% Population + 40% Agents'],
            ],
          },
        },
      }),
      OPTIONS,
    );
    expect(bad.status).toBe('invalid');
    expect(bad.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['SCENARIO_REFERENCE_RESERVE', 'CLE_INVALIDE']),
    );
  });
});
