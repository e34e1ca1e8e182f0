/**
 * `QUOTEPART.PART(poids)`: each weight's exact share w_i / Σ w, written with 10 decimals
 * rounded half away from zero (as the contract writes shares, §5), for display beside an
 * allocation. The shares shown may not add up to exactly 1 (they are rounded one by one);
 * the amounts of REPARTIR always add up.
 */
import { type Q, div, sign } from '../numbers/rational';
import { total } from './exactShares';
import { shareToCell } from './cellNumberOut';
import { readWeights } from './repartir';
import { layOut } from './sheetVectors';
import { numberError, sheetResult, type SheetRange, type SheetResult } from './sheetValues';

/** The exact shares w_i / Σ w (Σ w > 0). */
export function exactShares(weights: readonly Q[]): Q[] {
  const sum = total(weights);
  if (sign(sum) === 0)
    throw numberError(
      'Le total des « poids » est 0 : aucune part ne peut être calculée (donnez au moins un poids positif).',
    );
  return weights.map((w) => div(w, sum));
}

/** PART on the cells Excel passes: shares laid out like `poids`, or an error value. */
export function part(poids: SheetRange): SheetResult {
  return sheetResult(() => {
    const { weights, orientation } = readWeights(poids);
    return layOut(exactShares(weights).map(shareToCell), orientation);
  });
}
