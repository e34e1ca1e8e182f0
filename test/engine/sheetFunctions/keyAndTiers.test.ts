/**
 * REPARTIR.CLE and PALIERS on small cases worked by hand (the contract's tier example),
 * and their bad input: error values with a French message, never a number.
 */
import { paliers, repartirCle, type SheetResult } from '../../../src/engine';

const error = (result: SheetResult) => (result.ok ? null : result.error);

describe('REPARTIR.CLE', () => {
  it('applies 50 % Population + 50 % Agents, blank = 0, ponderations as 50/50 or 50 %/50 %', () => {
    const criteres = [
      [100, 1],
      [300, null],
    ];
    // s = 0.5·100/400 + 0.5·1/1 = 0.625 and 0.375.
    expect(repartirCle(1000, criteres, [[50, 50]])).toEqual({ ok: true, values: [[625], [375]] });
    expect(repartirCle(1000, criteres, [['50 %'], ['50 %']])).toEqual({
      ok: true,
      values: [[625], [375]],
    });
  });

  it('multiplies every criterion by the presence fraction (blank = 1)', () => {
    // Same population, the second member half the year: shares 2/3 and 1/3.
    expect(repartirCle(90, [[10], [10]], [[100]], [[null], [0.5]])).toEqual({
      ok: true,
      values: [[60], [30]],
    });
  });

  it.each([
    [
      'ponderations not summing to 100',
      () => repartirCle(100, [[1, 2]], [[60, 30]]),
      'valeur',
      /100 %/,
    ],
    [
      'a criterion totalling 0 with a weight',
      () =>
        repartirCle(
          100,
          [
            [1, 0],
            [1, null],
          ],
          [[50, 50]],
        ),
      'nombre',
      /critère n° 2/,
    ],
    [
      'a negative criterion',
      () => repartirCle(100, [[1], [-1]], [[100]]),
      'nombre',
      /ligne 2 a une valeur négative/,
    ],
    [
      'criteria and ponderations of different sizes',
      () => repartirCle(100, [[1, 2]], [[100]]),
      'valeur',
      /2 valeurs .* en a 1/,
    ],
    [
      'presence of another length',
      () => repartirCle(100, [[1], [2]], [[100]], [[1]]),
      'valeur',
      /« presence » en a 1/,
    ],
    ['presence above 1', () => repartirCle(100, [[1]], [[100]], [[2]]), 'nombre', /entre 0 et 1/],
    [
      'text in the criteria',
      () => repartirCle(100, [['beaucoup']], [[100]]),
      'valeur',
      /« beaucoup »/,
    ],
  ])('%s', (_name, run, kind, message) => {
    expect(error(run())?.kind).toBe(kind);
    expect(error(run())?.message).toMatch(message);
  });
});

describe('PALIERS', () => {
  it('shares the contract example 8/11/13/18 k€ as 2/3/4/9 k€, levels by name or number', () => {
    const levels = [
      ['Astreinte', 18000],
      ['Base', 8000],
      ['Sauvegarde', '11 000'],
      ['Plan de reprise', 13000],
    ];
    expect(paliers(levels, [['Base'], ['sauvegarde'], ['Plan de reprise'], ['Astreinte']])).toEqual(
      {
        ok: true,
        values: [[2000], [3000], [4000], [9000]],
      },
    );
    expect(paliers([[8000], [11000], [13000], [18000]], [[1, 2, 3, 4]])).toEqual({
      ok: true,
      values: [[2000, 3000, 4000, 9000]],
    });
  });

  it('allocates the cost of the highest level taken, the cents adding up', () => {
    // 100 € among three members at one level: 33.34 + 33.33 + 33.33.
    expect(paliers([[100], [250]], [[1], [1], [1]])).toEqual({
      ok: true,
      values: [[33.34], [33.33], [33.33]],
    });
  });

  it.each([
    [
      'an unknown level',
      () => paliers([['Base', 10]], [['Or']]),
      'valeur',
      /« Or » .* inconnu .*« Base »/,
    ],
    ['a level number out of range', () => paliers([[10], [20]], [[3]]), 'nombre', /de 1 à 2/],
    ['a member without level', () => paliers([[10]], [[null]]), 'valeur', /n’a pas de palier/],
    ['a negative cost', () => paliers([[-10]], [[1]]), 'nombre', /négatif/],
    // Σ φ = 0 is a criterion totalling 0 (contract §2), as the engine says of a Paliers key.
    [
      'levels taken all costing 0',
      () => paliers([[0], [5]], [[1], [1]]),
      'nombre',
      /coûtent tous 0/,
    ],
    [
      'two levels of the same name',
      () =>
        paliers(
          [
            ['Base', 1],
            ['base', 2],
          ],
          [[1]],
        ),
      'valeur',
      /deux fois/,
    ],
    ['a cost that is text', () => paliers([['Base', 'cher']], [[1]]), 'valeur', /« cher »/],
  ])('%s', (_name, run, kind, message) => {
    expect(error(run())?.kind).toBe(kind);
    expect(error(run())?.message).toMatch(message);
  });
});
