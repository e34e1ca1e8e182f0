/**
 * One value per member: a range of one column or one row, read in order (first row
 * first, or first column first), and the result laid out the same way so that it spills
 * beside or below its weights as the user expects.
 */
import { rangeRows, valueError, type SheetCell, type SheetRange } from './sheetValues';

/** A list of cells and the way it lies in the sheet. */
export interface SheetVector {
  readonly cells: readonly SheetCell[];
  readonly orientation: 'column' | 'row';
}

/** The cells of a one-column or one-row range; `#VALEUR!` for an empty or 2-D range. */
export function readVector(range: SheetRange, argument: string): SheetVector {
  const rows = rangeRows(range);
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0)
    throw valueError(`« ${argument} » est vide : donnez une plage d’une colonne ou d’une ligne.`);
  if (rows.some((r) => r.length !== width))
    throw valueError(`« ${argument} » n’est pas une plage rectangulaire.`);
  if (rows.length > 1 && width > 1)
    throw valueError(
      `« ${argument} » a ${rows.length} lignes et ${width} colonnes : donnez une seule colonne ou une seule ligne.`,
    );
  return width === 1
    ? { cells: rows.map((r) => r[0]), orientation: 'column' }
    : { cells: rows[0] as readonly SheetCell[], orientation: 'row' };
}

/** Values laid out like `vector`: a column (one value per row) or a row. */
export function layOut(
  values: readonly number[],
  orientation: SheetVector['orientation'],
): number[][] {
  return orientation === 'column' ? values.map((v) => [v]) : [[...values]];
}

/** `#VALEUR!` when two lists that go together do not have the same length. */
export function sameLength(
  a: { readonly length: number; readonly name: string },
  b: { readonly length: number; readonly name: string },
): void {
  if (a.length !== b.length)
    throw valueError(
      `« ${a.name} » a ${a.length} valeurs et « ${b.name} » en a ${b.length} : il en faut autant, une par membre.`,
    );
}
