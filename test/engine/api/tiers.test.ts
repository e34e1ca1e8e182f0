import { runQuotePart, rawDate, type RawCell } from '../../../src/engine';
import { OPTIONS, parametres, workbook, type TableSpec } from '../support/workbookBuilder';
import { eq } from '../../../src/engine/numbers/rational';
import { frNum, recomputeLiquidation } from '../calculation/support/recomputeLiquidation';

const MEMBERS = {
  headers: ['Membre', 'Type', 'Porteur', 'Population', 'Entrée'],
  rows: [
    ['Agglo', 'EPCI', 'Oui', 0, null],
    ['Ville A', 'Commune', null, 100, null],
    ['Ville B', 'Commune', null, 300, null],
    ['Ville C', 'Commune', null, 600, null],
  ],
};
const LEVELS = {
  headers: ['Service', 'Palier', 'Coût'],
  rows: [
    ['Hébergement', 'Astreinte', 18000],
    ['Hébergement', 'Base', 8000],
    ['Hébergement', 'Sauvegarde', '11 000'],
    ['Hébergement', 'Plan de reprise', 13000],
  ],
};
const ADHESIONS = {
  headers: ['Service', 'Membre', 'Palier'],
  rows: [
    ['Hébergement', 'Agglo', 'Base'],
    ['Hébergement', 'Ville A', 'sauvegarde'],
    ['Hébergement', 'Ville B', 'Plan de reprise'],
    ['Hébergement', 'Ville C', 'Astreinte'],
  ],
};

function tiered(
  tables: Record<string, TableSpec> = {},
  key = 'Paliers',
  params: Record<string, RawCell> = {},
) {
  return workbook({
    Parametres: parametres({ Exercice: 2026, ...params }),
    Membres: MEMBERS,
    Services: {
      headers: ['Service', 'Modèle', 'Clé'],
      rows: [['Hébergement', 'Service commun', key]],
    },
    Charges: { headers: ['Service', 'Montant'], rows: [['Hébergement', 18000]] },
    Paliers: LEVELS,
    Adhesions: ADHESIONS,
    ...tables,
  });
}

const codes = (out: ReturnType<typeof runQuotePart>) =>
  out.problems.map((p) => `${p.severity}:${p.code}:${p.row ?? ''}`);

describe('Paliers criterion (§6.3)', () => {
  it('shares the contract example 8/11/13/18 k€ as 2/3/4/9 k€', () => {
    const out = runQuotePart(tiered(), OPTIONS);
    expect(codes(out)).toEqual([]);
    expect(out.json.quoteParts.map((r) => [r.member, r.share, r.quotePart])).toEqual([
      ['Agglo', '0.1111111111', '2000.00'],
      ['Ville A', '0.1666666667', '3000.00'],
      ['Ville B', '0.2222222222', '4000.00'],
      ['Ville C', '0.5000000000', '9000.00'],
    ]);
  });

  it('explains the tier share in words in the base de liquidation', () => {
    const out = runQuotePart(tiered(), OPTIONS);
    const line = out.json.titres.find((t) => t.debtor === 'Ville B');
    expect(line?.liquidation).toContain(
      'Paliers : palier Base : 8\u202f000,00\u202f€ partagés entre 4 membres (2\u202f000,00\u202f€), puis palier Sauvegarde : 3\u202f000,00\u202f€ partagés entre 3 membres (1\u202f000,00\u202f€), puis palier Plan de reprise : 2\u202f000,00\u202f€ partagés entre 2 membres (1\u202f000,00\u202f€), soit 4\u202f000,00\u202f€',
    );
  });

  it('writes a periodic tier share with ≈, and the text still recomputes to the cent', () => {
    // Sauvegarde's increment of 1 000 € is shared by 3 members: φ = 2 500 + 1 000/3, periodic.
    const out = runQuotePart(
      tiered({
        Paliers: {
          headers: ['Service', 'Palier', 'Coût'],
          rows: [
            ['Hébergement', 'Base', 10000],
            ['Hébergement', 'Sauvegarde', 11000],
          ],
        },
        Adhesions: {
          headers: ['Service', 'Membre', 'Palier'],
          rows: [
            ['Hébergement', 'Agglo', 'Base'],
            ['Hébergement', 'Ville A', 'Sauvegarde'],
            ['Hébergement', 'Ville B', 'Sauvegarde'],
            ['Hébergement', 'Ville C', 'Sauvegarde'],
          ],
        },
      }),
      OPTIONS,
    );
    expect(codes(out)).toEqual([]);
    const lines = out.json.titres.filter((t) => t.service === 'Hébergement');
    expect(lines.length).toBe(3);
    for (const line of lines) {
      expect(line.liquidation).toContain(
        'part = Paliers ≈\u202f2\u202f833,333333333333 / 11\u202f000 ',
      );
      const { errors, amount } = recomputeLiquidation(line.liquidation);
      expect(errors).toEqual([]);
      expect(amount && eq(amount, frNum(line.amount.replace('.', ',')))).toBe(true);
    }
  });

  it('mixes with another criterion and applies the presence fraction', () => {
    // Ville C joins on 1 July: x = 184/365 × 9000; Population total = 100 + 300 + 600·184/365.
    const members = {
      ...MEMBERS,
      rows: MEMBERS.rows.map((r) =>
        r[0] === 'Ville C' ? [...r.slice(0, 4), rawDate('2026-07-01')] : r,
      ),
    };
    const out = runQuotePart(
      tiered({ Membres: members }, '50 % Paliers + 50 % Population'),
      OPTIONS,
    );
    expect(codes(out)).toEqual([]);
    const total = out.json.quoteParts.reduce(
      (a, r) => a + Math.round(Number(r.quotePart) * 100),
      0,
    );
    expect(total).toBe(1800000);
    // Ville A: ½ · 3000 / (2000 + 3000 + 4000 + 9000·184/365) + ½ · 100 / (400 + 600·184/365)
    const fC = 184 / 365;
    const expected = 0.5 * (3000 / (9000 + 9000 * fC)) + 0.5 * (100 / (400 + 600 * fC));
    const a = out.json.quoteParts.find((r) => r.member === 'Ville A');
    expect(Math.abs(Number(a?.share) - expected)).toBeLessThan(1e-10);
  });

  it('names the tier criterion even where Membres has a Paliers column (§6.6)', () => {
    const members = {
      headers: [...MEMBERS.headers, 'Paliers'],
      rows: MEMBERS.rows.map((r) => [...r, 1]),
    };
    const out = runQuotePart(tiered({ Membres: members }), OPTIONS);
    expect(out.json.quoteParts.map((r) => r.quotePart)).toEqual([
      '2000.00',
      '3000.00',
      '4000.00',
      '9000.00',
    ]);
  });

  it('refuses a Paliers key without levels, a participant without a level, an unknown level', () => {
    expect(codes(runQuotePart(tiered({ Paliers: { ...LEVELS, rows: [] } }), OPTIONS))).toEqual([
      'error:PALIERS_ABSENTS:2',
    ]);
    const missing = {
      ...ADHESIONS,
      rows: ADHESIONS.rows.map((r, i): RawCell[] =>
        i === 2 ? [r[0] ?? null, r[1] ?? null, null] : r,
      ),
    };
    expect(codes(runQuotePart(tiered({ Adhesions: missing }), OPTIONS))).toEqual([
      'error:PALIER_MANQUANT:4',
    ]);
    const unknown = {
      ...ADHESIONS,
      rows: ADHESIONS.rows.map((r, i): RawCell[] =>
        i === 1 ? [r[0] ?? null, r[1] ?? null, 'Sauvgarde'] : r,
      ),
    };
    const out = runQuotePart(tiered({ Adhesions: unknown }), OPTIONS);
    expect(codes(out)).toEqual(['error:PALIER_INCONNU:3']);
    expect(out.problems[0]?.message).toContain(
      '« Base », « Sauvegarde », « Plan de reprise » ou « Astreinte »',
    );
    const noAdhesions = runQuotePart(
      tiered({ Adhesions: { headers: ['Service', 'Membre'], rows: [] } }),
      OPTIONS,
    );
    expect(codes(noAdhesions)).toEqual(['error:PALIER_MANQUANT:2']);
  });

  it('refuses a negative cost, a duplicate level and two levels for one member', () => {
    const levels = {
      ...LEVELS,
      rows: [...LEVELS.rows, ['Hébergement', 'BASE', 9000], ['Hébergement', 'Extra', -5]],
    };
    expect(codes(runQuotePart(tiered({ Paliers: levels }), OPTIONS))).toEqual([
      'error:PALIER_EN_DOUBLE:6',
      'error:PALIER_COUT_NEGATIF:7',
    ]);
    const twice = {
      ...ADHESIONS,
      rows: [...ADHESIONS.rows, ['Hébergement', 'Ville A', 'Astreinte']],
    };
    expect(codes(runQuotePart(tiered({ Adhesions: twice }), OPTIONS))).toEqual([
      'error:PALIER_CONTRADICTOIRE:6',
    ]);
  });

  it('refuses Paliers in a scenario key of a service without levels', () => {
    const out = runQuotePart(
      tiered(
        {
          Paliers: { ...LEVELS, rows: [] },
          Scenarios: {
            headers: ['Scénario', 'Service', 'Clé'],
            rows: [['Par palier', 'Hébergement', 'Paliers']],
          },
        },
        'Population',
      ),
      OPTIONS,
    );
    expect(codes(out)).toEqual(['error:PALIERS_ABSENTS:2']);
    expect(out.problems[0]?.table).toBe('Scenarios');
  });

  it('warns about a level on a service whose keys do not use Paliers, even unknown (§6.6)', () => {
    const unknown = {
      ...ADHESIONS,
      rows: ADHESIONS.rows.map((r, i): RawCell[] =>
        i === 1 ? [r[0] ?? null, r[1] ?? null, 'Inconnu'] : r,
      ),
    };
    const out = runQuotePart(tiered({ Adhesions: unknown }, 'Population'), OPTIONS);
    expect(out.status).toBe('ok');
    expect(codes(out)).toEqual([
      'warning:PALIER_IGNORE:2',
      'warning:PALIER_IGNORE:3',
      'warning:PALIER_IGNORE:4',
      'warning:PALIER_IGNORE:5',
    ]);
  });
});

describe('Paliers in the annex (§6.3)', () => {
  it('explains the tier share in the service annex calculation', () => {
    const out = runQuotePart(tiered(), OPTIONS);
    const annex = JSON.stringify(out.plan?.sheets.filter((s) => s.name.startsWith('QP Annexe')));
    expect(annex).toContain(
      'Paliers : palier Base : 8\u202f000,00\u202f€ partagés entre 4 membres (2\u202f000,00\u202f€), puis palier Sauvegarde : 3\u202f000,00\u202f€ partagés entre 3 membres (1\u202f000,00\u202f€), soit 3\u202f000,00\u202f€',
    );
    expect(annex).toContain('Paliers : part de Shapley du coût par palier');
  });
});
