/**
 * `QUOTEPART.REPARTIR(montant; poids; [arrondi])`: splits an amount over weights into
 * multiples of the rounding unit that add up exactly to the rounded amount (largest
 * remainder, equal remainders to the first row: contract §3.1). One result per weight,
 * laid out like the weights.
 */
import { type Q, sign } from '../numbers/rational';
import { allocateOverWeights, total } from './exactShares';
import { amountToCell } from './cellNumberOut';
import { amountNumber, roundingUnit, weightNumber } from './sheetNumbers';
import { layOut, readVector } from './sheetVectors';
import {
  numberError,
  sheetResult,
  type SheetCell,
  type SheetRange,
  type SheetResult,
} from './sheetValues';

/** The exact amounts of REPARTIR (contract §3.1 allocate), for the engine and its tests. */
export function allocateAmount(amount: Q, weights: readonly Q[], unit: Q): Q[] {
  if (sign(total(weights)) === 0)
    throw numberError(
      'Le total des « poids » est 0 : rien ne dit comment répartir le montant (donnez au moins un poids positif).',
    );
  return allocateOverWeights(amount, weights, unit);
}

/** Reads the weights of a one-column or one-row range (each required and ≥ 0). */
export function readWeights(range: SheetRange, argument = 'poids') {
  const vector = readVector(range, argument);
  return {
    orientation: vector.orientation,
    weights: vector.cells.map((cell, i) => weightNumber(cell, { argument, position: i + 1 })),
  };
}

/** REPARTIR on the cells Excel passes: amounts laid out like `poids`, or an error value. */
export function repartir(montant: SheetCell, poids: SheetRange, arrondi?: SheetCell): SheetResult {
  return sheetResult(() => {
    const amount = amountNumber(montant, { argument: 'montant' });
    const { weights, orientation } = readWeights(poids);
    const unit = roundingUnit(arrondi);
    return layOut(allocateAmount(amount, weights, unit).map(amountToCell), orientation);
  });
}
