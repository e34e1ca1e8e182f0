/**
 * What a spreadsheet function receives and returns, independent of Office: cell values
 * as Excel hands them to a custom function (doubles, text, booleans, blanks as `null`,
 * `undefined` or `''`), ranges as 2-D arrays (rows of cells), and a result that is either
 * a 2-D array of numbers or a typed error (`#VALEUR!` / `#NOMBRE!`) with a French message.
 * Never a wrong number: every bad input ends in an error value.
 */

/** One cell value as a custom function receives it. */
export type SheetCell = unknown;

/** A range: rows of cells (a single value is also accepted where a range is expected). */
export type SheetRange = unknown;

/** The two error values these functions return: `#VALEUR!` (bad value) or `#NOMBRE!` (bad number). */
export type SheetErrorKind = 'valeur' | 'nombre';

/** A typed error value with a French message saying what to fix. */
export interface SheetError {
  readonly kind: SheetErrorKind;
  readonly message: string;
}

/** A function's result: numbers laid out as the cells they spill into, or an error value. */
export type SheetResult =
  | { readonly ok: true; readonly values: number[][] }
  | { readonly ok: false; readonly error: SheetError };

/** Thrown inside the functions' logic and turned into a `SheetResult` at their boundary. */
export class SheetFunctionError extends Error {
  readonly kind: SheetErrorKind;
  constructor(kind: SheetErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = 'SheetFunctionError';
  }
}

/** `#VALEUR!`: a value of the wrong kind (text, blank, sizes that do not match). */
export function valueError(message: string): SheetFunctionError {
  return new SheetFunctionError('valeur', message);
}

/** `#NOMBRE!`: a number outside what the rule allows (negative weight, total 0, unit ≤ 0). */
export function numberError(message: string): SheetFunctionError {
  return new SheetFunctionError('nombre', message);
}

/** Runs a function's logic and turns its `SheetFunctionError` into an error value. */
export function sheetResult(compute: () => number[][]): SheetResult {
  try {
    return { ok: true, values: compute() };
  } catch (failure) {
    if (failure instanceof SheetFunctionError)
      return { ok: false, error: { kind: failure.kind, message: failure.message } };
    throw failure;
  }
}

/** Whether a cell is blank (empty cell, omitted argument or empty text). */
export function isBlank(cell: SheetCell): boolean {
  return (
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && cell.replace(/[\s\u00a0\u202f]/g, '') === '')
  );
}

/** The rows of a range; a single value is a 1 × 1 range. */
export function rangeRows(range: SheetRange): readonly (readonly SheetCell[])[] {
  if (!Array.isArray(range)) return [[range]];
  if (range.length === 0) return [];
  if (!range.every(Array.isArray)) return [range as readonly SheetCell[]];
  return range as readonly (readonly SheetCell[])[];
}
