/**
 * Reading the numbers of a spreadsheet function exactly as typed (contract §1): a double
 * is the shortest decimal that gives it back (0.1, not 0.1000000000000000055…), text is
 * read in French or English form (`1 234,50`, `12 %`), and anything else is an error value
 * naming the argument and the position, in French.
 */
import { type Q, q } from '../numbers/rational';
import { numberToQ, formatExact } from '../numbers/decimalText';
import { parseNumberText } from '../numbers/parseNumberText';
import { frenchNumber } from '../numbers/formatMoney';
import { isBlank, numberError, rangeRows, valueError, type SheetCell } from './sheetValues';

/** Beyond 10^12 € an amount is a typing error, not a budget (as in the workbook, §1). */
const AMOUNT_LIMIT = 10n ** 12n;

/** Where a value comes from, for the message: the argument and, in a range, the position (1-based). */
export interface CellPlace {
  readonly argument: string;
  readonly position?: number;
}

/** `« poids » (valeur n° 3)` or `« montant »`. */
export function describePlace(place: CellPlace): string {
  return place.position === undefined
    ? `« ${place.argument} »`
    : `« ${place.argument} » (valeur n° ${place.position})`;
}

/** The cell as the user sees it, for a message. */
function shown(cell: SheetCell): string {
  if (typeof cell === 'number') return frenchNumber(String(cell));
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'object' && cell !== null) return 'une valeur d’erreur';
  return String(cell);
}

/**
 * The exact number of a non-blank cell; throws `#VALEUR!` for text that is not a number,
 * a boolean or an error value. `percent`: `12 %` is accepted (= 0.12).
 */
export function cellNumber(cell: SheetCell, place: CellPlace, percent = true): Q {
  if (typeof cell === 'number') {
    const v = numberToQ(cell);
    if (v) return v;
    throw numberError(`${describePlace(place)} n’est pas un nombre fini.`);
  }
  if (typeof cell === 'string') {
    const r = parseNumberText(cell, percent);
    if (r.ok) return r.value;
    const why =
      r.error === 'comma-and-dot'
        ? ' (il a à la fois une virgule et un point : gardez la virgule décimale seule)'
        : r.error === 'percent-not-allowed'
          ? ' (un pourcentage n’a pas de sens ici)'
          : '';
    throw valueError(
      `${describePlace(place)} vaut « ${cell} », qui n’est pas un nombre${why} : écrivez un nombre, par exemple 1234,5.`,
    );
  }
  throw valueError(
    `${describePlace(place)} vaut ${shown(cell)}, qui n’est pas un nombre : écrivez un nombre.`,
  );
}

/**
 * The value of a one-cell argument: a 1 × 1 range is its cell (a reference to one cell may
 * arrive as a range); a larger range is `#VALEUR!`.
 */
export function singleCell(cell: SheetCell, argument: string): SheetCell {
  if (!Array.isArray(cell)) return cell;
  const rows = rangeRows(cell);
  if (rows.length === 1 && rows[0]?.length === 1) return rows[0][0];
  throw valueError(`« ${argument} » doit être une seule cellule ou un nombre, pas une plage.`);
}

/** A required number: blank is `#VALEUR!`. */
export function requiredNumber(cell: SheetCell, place: CellPlace, percent = true): Q {
  if (isBlank(cell)) throw valueError(`${describePlace(place)} est vide : écrivez un nombre.`);
  return cellNumber(cell, place, percent);
}

/** A weight: required, ≥ 0 (`#NOMBRE!` when negative). */
export function weightNumber(cell: SheetCell, place: CellPlace): Q {
  if (isBlank(cell))
    throw valueError(`${describePlace(place)} est vide : écrivez 0 ou un poids positif.`);
  const v = cellNumber(cell, place);
  if (v.n < 0n)
    throw numberError(
      `${describePlace(place)} est négatif (${frenchNumber(formatExact(v))}) : un poids est positif ou nul.`,
    );
  return v;
}

/** An amount in € within ±10^12 (`#NOMBRE!` beyond). */
export function amountNumber(cell: SheetCell, place: CellPlace): Q {
  const v = requiredNumber(singleCell(cell, place.argument), place, false);
  if ((v.n < 0n ? -v.n : v.n) > AMOUNT_LIMIT * v.d)
    throw numberError(
      `${describePlace(place)} dépasse 1 000 milliards d’euros : vérifiez la saisie.`,
    );
  return v;
}

/** The rounding unit: 0.01 when omitted or blank, else a number > 0 (`#NOMBRE!` otherwise). */
export function roundingUnit(given: SheetCell): Q {
  const cell = singleCell(given, 'arrondi');
  if (isBlank(cell)) return q(1n, 100n);
  const place = { argument: 'arrondi' };
  const v = cellNumber(cell, place, false);
  if (v.n <= 0n)
    throw numberError(
      `« arrondi » doit être positif (0,01 pour le centime, 1 pour l’euro) ; il vaut ${frenchNumber(formatExact(v))}.`,
    );
  return v;
}
