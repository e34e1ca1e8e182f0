/**
 * `QUOTEPART.REPARTIR.CLE(montant; criteres; ponderations; [presence]; [arrondi])`: the
 * composite key of contract §2 applied to a criteria range (one row per member, one column
 * per criterion, blank = 0), with the criteria's weights in % and optionally each member's
 * presence fraction (blank = 1), then the exact allocation of §3.1. One amount per member,
 * in a column.
 */
import { type Q, cmp, q } from '../numbers/rational';
import { allocateByCompositeKey, type KeyCriterion } from './compositeKey';
import { amountToCell } from './cellNumberOut';
import { amountNumber, cellNumber, roundingUnit, weightNumber } from './sheetNumbers';
import { layOut, readVector, sameLength } from './sheetVectors';
import {
  isBlank,
  numberError,
  rangeRows,
  sheetResult,
  valueError,
  type SheetCell,
  type SheetRange,
  type SheetResult,
} from './sheetValues';

/** The criteria columns of a members × criteria range (blank = 0, negative refused). */
function readCriteria(range: SheetRange): Q[][] {
  const rows = rangeRows(range);
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0)
    throw valueError(
      '« criteres » est vide : donnez une ligne par membre, une colonne par critère.',
    );
  if (rows.some((r) => r.length !== width))
    throw valueError('« criteres » n’est pas une plage rectangulaire.');
  const columns: Q[][] = Array.from({ length: width }, () => []);
  rows.forEach((row, i) =>
    row.forEach((cell, k) => {
      const place = { argument: 'criteres', position: i * width + k + 1 };
      if (isBlank(cell)) {
        (columns[k] as Q[]).push(q(0n));
        return;
      }
      const v = cellNumber(cell, place);
      if (v.n < 0n)
        throw numberError(
          `« criteres » : le membre de la ligne ${i + 1} a une valeur négative au critère n° ${k + 1} ; une valeur de critère est positive ou nulle.`,
        );
      (columns[k] as Q[]).push(v);
    }),
  );
  return columns;
}

/** Presence fractions f_i in [0, 1] (blank = 1). */
function readPresence(range: SheetRange): Q[] {
  const one = q(1n);
  return readVector(range, 'presence').cells.map((cell, i) => {
    if (isBlank(cell)) return one;
    const v = cellNumber(cell, { argument: 'presence', position: i + 1 });
    if (v.n < 0n || cmp(v, one) > 0)
      throw numberError(
        `« presence » (valeur n° ${i + 1}) doit être entre 0 et 1 (fraction de l’année, par exemple 0,5 ou 50 %).`,
      );
    return v;
  });
}

/** REPARTIR.CLE on the cells Excel passes: one amount per member in a column, or an error value. */
export function repartirCle(
  montant: SheetCell,
  criteres: SheetRange,
  ponderations: SheetRange,
  presence?: SheetRange,
  arrondi?: SheetCell,
): SheetResult {
  return sheetResult(() => {
    const amount = amountNumber(montant, { argument: 'montant' });
    const columns = readCriteria(criteres);
    const weights = readVector(ponderations, 'ponderations').cells.map((cell, k) =>
      weightNumber(cell, { argument: 'ponderations', position: k + 1 }),
    );
    sameLength(
      { length: columns.length, name: 'criteres (colonnes)' },
      { length: weights.length, name: 'ponderations' },
    );
    const memberCount = (columns[0] as Q[]).length;
    const noPresence =
      presence === undefined ||
      presence === null ||
      (!Array.isArray(presence) && isBlank(presence));
    const fractions = noPresence ? null : readPresence(presence);
    if (fractions)
      sameLength(
        { length: memberCount, name: 'criteres (lignes)' },
        { length: fractions.length, name: 'presence' },
      );
    const unit = roundingUnit(arrondi);
    const criteria: KeyCriterion[] = columns.map((values, k) => ({
      weight: weights[k] as Q,
      values,
    }));
    return layOut(
      allocateByCompositeKey(amount, criteria, fractions, memberCount, unit).map(amountToCell),
      'column',
    );
  });
}
