/**
 * The spreadsheet functions QUOTEPART.REPARTIR, REPARTIR.CLE, PART and PALIERS, as pure
 * functions of the cells Excel passes (no Office): the custom-functions shell calls these
 * and turns an error result into Excel's error value.
 */
export type { SheetError, SheetErrorKind, SheetResult } from './sheetValues';
export { repartir } from './repartir';
export { repartirCle } from './repartirCle';
export { part } from './part';
export { paliers } from './paliers';
