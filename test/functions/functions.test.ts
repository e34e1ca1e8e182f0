/**
 * The custom-functions shell: it returns the engine's numbers as a 2-D array and throws
 * Excel's error value (`CustomFunctions.Error`, #VALUE! = #VALEUR!, #NUM! = #NOMBRE!) with
 * the engine's French message; outside Excel (no `CustomFunctions`), a plain Error.
 */
import { paliers, part, repartir, repartirCle } from '../../src/functions/functions';

/** A stand-in for office.js's `CustomFunctions.Error`. */
class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const globals = globalThis as { CustomFunctions?: unknown };

describe('the custom functions shell', () => {
  beforeEach(() => {
    globals.CustomFunctions = {
      associate: () => undefined,
      Error: FakeCustomFunctionError,
      ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' },
    };
  });
  afterEach(() => delete globals.CustomFunctions);

  it('returns the amounts as a dynamic array', () => {
    expect(repartir(100, [[1], [1], [1]])).toEqual([[33.34], [33.33], [33.33]]);
    expect(part([[1, 3]])).toEqual([[0.25, 0.75]]);
    expect(repartirCle(10, [[1], [3]], [[100]])).toEqual([[2.5], [7.5]]);
    expect(paliers([[8], [11]], [[1], [2]], 1)).toEqual([[4], [7]]);
  });

  it('throws #VALUE! (#VALEUR!) or #NUM! (#NOMBRE!) with the French message', () => {
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as FakeCustomFunctionError;
      }
      throw new Error('aucune erreur');
    };
    const blank = thrown(() => repartir(100, [[1], [null]]));
    expect(blank).toBeInstanceOf(FakeCustomFunctionError);
    expect([blank.code, blank.message]).toEqual([
      '#VALUE!',
      '« poids » (valeur n° 2) est vide : écrivez 0 ou un poids positif.',
    ]);
    const negative = thrown(() => part([[-1]]));
    expect(negative.code).toBe('#NUM!');
    expect(negative.message).toMatch(/négatif/);
  });

  it('throws a plain Error with the message outside Excel', () => {
    delete globals.CustomFunctions;
    expect(() => repartir('abc', [[1]])).toThrow(/« montant » vaut « abc »/);
  });
});
