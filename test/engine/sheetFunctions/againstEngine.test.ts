/**
 * The four functions against the engine itself, on 1,000 random cases: each case is one
 * workbook whose services use the same numbers as the functions (a usage unit `Poids` for
 * REPARTIR and PART, a composite key of member criteria for REPARTIR.CLE, the `Paliers`
 * criterion for PALIERS), run through `runQuotePart`; the functions must give exactly the
 * quote-parts (and shares) of the engine's `quoteParts`. A second set adds presence dates
 * (Entrée/Sortie) and compares REPARTIR.CLE's exact core with the engine's presence fraction.
 */
import fc from 'fast-check';
import {
  paliers,
  part,
  rawDate,
  repartir,
  repartirCle,
  runQuotePart,
  type RawCell,
  type SheetResult,
} from '../../../src/engine';
import { allocateByCompositeKey } from '../../../src/engine/sheetFunctions/compositeKey';
import { numberToQ, formatExact } from '../../../src/engine/numbers/decimalText';
import { type Q, q } from '../../../src/engine/numbers/rational';
import { OPTIONS, parametres, workbook } from '../support/workbookBuilder';

/** A decimal with up to `places` decimals, as the double a cell holds. */
const decimal = (max: number, places: number) =>
  fc
    .integer({ min: 0, max: max * 10 ** places })
    .map((n) => Number((n / 10 ** places).toFixed(places)));

/** One random case: members, their numbers, the amounts, the key and the tiers. */
const randomCase = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc
    .record({
      amounts: fc.array(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), {
        minLength: 3,
        maxLength: 3,
      }),
      unit: fc.constantFrom(0.01, 0.05, 0.1, 1),
      weights: fc.array(decimal(100_000, 3), { minLength: n, maxLength: n }),
      criteria: fc.array(
        fc.array(fc.option(decimal(50_000, 2), { nil: null, freq: 6 }), {
          minLength: 3,
          maxLength: 3,
        }),
        { minLength: n, maxLength: n },
      ),
      percents: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }),
      levelCosts: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 5 }),
      levelPicks: fc.array(fc.nat(), { minLength: n, maxLength: n }),
    })
    // Amounts and costs are multiples of the rounding unit: the engine rounds a service's base
    // to the unit before allocating it (§3.4), the functions allocate the amount as given (§3.1
    // allocate); both agree on such amounts, which is what a budget holds.
    .map((c) => {
      const inUnits = (k: number) => Number((k * c.unit).toFixed(2));
      return { ...c, amounts: c.amounts.map(inUnits), levelCosts: c.levelCosts.map(inUnits) };
    }),
);
type Case = typeof randomCase extends fc.Arbitrary<infer T> ? T : never;

/** The ponderations of the case: tenths of %, summing to exactly 100. */
function ponderations(c: Case): number[] {
  const raw = c.percents.map((p) => p + 1);
  const total = raw.reduce((a, b) => a + b, 0);
  const tenths = raw.map((p) => Math.floor((p * 1000) / total));
  tenths[0] = (tenths[0] as number) + 1000 - tenths.reduce((a, b) => a + b, 0);
  return tenths.map((t) => t / 10);
}

const name = (i: number) => `Membre ${i + 1}`;
const level = (k: number) => `Niveau ${k + 1}`;

/** The workbook of a case: one service per function, same numbers. */
function caseWorkbook(c: Case, dates: readonly (readonly [RawCell, RawCell])[] | null) {
  const n = c.weights.length;
  const p = ponderations(c);
  const levels = c.levelPicks.map((pick) => pick % c.levelCosts.length);
  const top = Math.max(...levels.map((l) => c.levelCosts[l] as number));
  return workbook({
    Parametres: parametres({ Exercice: 2026, Arrondi: c.unit }),
    Membres: {
      headers: ['Membre', 'Porteur', 'A', 'B', 'C', 'Entrée', 'Sortie'],
      rows: c.criteria.map((row, i) => [
        name(i),
        i === 0 ? 'Oui' : null,
        ...row,
        ...(dates?.[i] ?? [null, null]),
      ]),
    },
    Services: {
      headers: ['Service', 'Modèle', 'Clé'],
      rows: [
        ['Assistance', 'Service commun', 'Poids'],
        ['Logiciels', 'Service commun', `${p[0]}% A + ${p[1]}% B + ${p[2]}% C`],
        ['Hébergement', 'Service commun', 'Paliers'],
      ],
    },
    Charges: {
      headers: ['Service', 'Montant'],
      rows: [
        ['Assistance', c.amounts[0] as number],
        ['Logiciels', c.amounts[1] as number],
        ['Hébergement', top],
      ],
    },
    Usages: {
      headers: ['Service', 'Membre', 'Unité', 'Quantité'],
      rows: c.weights.map((w, i) => ['Assistance', name(i), 'Poids', w]),
    },
    Paliers: {
      headers: ['Service', 'Palier', 'Coût'],
      rows: c.levelCosts.map((cost, k) => ['Hébergement', level(k), cost]),
    },
    Adhesions: {
      headers: ['Service', 'Membre', 'Palier'],
      rows: Array.from({ length: n }, (_, i) => [
        'Hébergement',
        name(i),
        level(levels[i] as number),
      ]),
    },
  });
}

/** The engine's quote-parts (or shares) of a service, as decimal text. */
function engineColumn(
  out: ReturnType<typeof runQuotePart>,
  service: string,
  field: 'quotePart' | 'share',
): string[] | string {
  const rows = out.json.quoteParts.filter(
    (r) => r.scenario === 'Référence' && r.service === service,
  );
  if (rows.length === 0) {
    const errors = out.problems.filter(
      (x) => x.severity === 'error' && x.message.includes(`« ${service} »`),
    );
    return errors.length > 0 ? 'erreur' : 'absent';
  }
  return rows.map((r) => formatExact(numberToQ(Number(r[field])) as Q));
}

/** The function's numbers as the same decimal text, or `erreur`. */
function functionColumn(result: SheetResult): string[] | string {
  return result.ok ? result.values.flat().map((v) => formatExact(numberToQ(v) as Q)) : 'erreur';
}

describe('the functions give the engine’s results (1,000 random cases)', () => {
  it('REPARTIR, PART, REPARTIR.CLE and PALIERS equal the engine’s quote-parts and shares', () => {
    let compared = 0;
    fc.assert(
      fc.property(randomCase, (c) => {
        const out = runQuotePart(caseWorkbook(c, null), OPTIONS);
        const column = (values: readonly RawCell[]) => values.map((v) => [v]);
        const levels = c.levelPicks.map((pick) => [level(pick % c.levelCosts.length)]);
        const named = c.levelCosts.map((cost, k) => [level(k), cost]);

        const results: [string, 'quotePart' | 'share', SheetResult][] = [
          ['Assistance', 'quotePart', repartir(c.amounts[0], column(c.weights), c.unit)],
          ['Assistance', 'share', part(column(c.weights))],
          [
            'Logiciels',
            'quotePart',
            repartirCle(c.amounts[1], c.criteria, [ponderations(c)], undefined, c.unit),
          ],
          ['Hébergement', 'quotePart', paliers(named, levels, c.unit)],
        ];
        const invalid = out.problems.some((x) => x.severity === 'error');
        for (const [service, field, result] of results) {
          const engine = engineColumn(out, service, field);
          // An invalid workbook has no quote-parts at all: a service the engine refuses is an
          // error value, and an error value is a service the engine refuses.
          if (invalid)
            expect([service, functionColumn(result) === 'erreur']).toEqual([
              service,
              engine === 'erreur',
            ]);
          else expect([service, functionColumn(result)]).toEqual([service, engine]);
        }
        if (!invalid) compared++;
      }),
      { numRuns: 1000 },
    );
    // Most cases are valid ones (weights or a criterion totalling 0 are the rarer error cases).
    expect(compared).toBeGreaterThan(700);
  });

  it('REPARTIR.CLE with presence fractions equals the engine with Entrée/Sortie dates (200 cases)', () => {
    const day = fc.integer({ min: 1, max: 365 });
    fc.assert(
      fc.property(
        randomCase.chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.array(fc.tuple(day, day), {
              minLength: c.weights.length,
              maxLength: c.weights.length,
            }),
          ),
        ),
        ([c, spans]) => {
          const dates = spans.map(([a, b]) => {
            const [from, to] = a <= b ? [a, b] : [b, a];
            return [rawDate(isoOfDay(from)), rawDate(isoOfDay(to))] as const;
          });
          const out = runQuotePart(caseWorkbook(c, dates), OPTIONS);
          const expected = engineColumn(out, 'Logiciels', 'quotePart');
          const presence = spans.map(([a, b]) => q(BigInt(Math.abs(b - a) + 1), 365n));
          const p = ponderations(c);
          const criteria = [0, 1, 2].map((k) => ({
            weight: numberToQ(p[k] as number) as Q,
            values: c.criteria.map((row) => numberToQ(row[k] ?? 0) as Q),
          }));
          let actual: string[] | string;
          try {
            actual = allocateByCompositeKey(
              numberToQ(c.amounts[1] as number) as Q,
              criteria,
              presence,
              c.weights.length,
              numberToQ(c.unit) as Q,
            ).map(formatExact);
          } catch {
            actual = 'erreur';
          }
          // Another service refused makes the whole workbook invalid: compare only what the engine computed.
          if (expected === 'absent') return;
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** ISO date of day `n` (1-based) of 2026. */
function isoOfDay(n: number): string {
  return new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10);
}
