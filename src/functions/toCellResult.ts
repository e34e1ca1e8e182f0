/**
 * Turns an engine result into what Excel expects from a custom function: the 2-D array of
 * numbers (spilled as a dynamic array), or a thrown `CustomFunctions.Error` (`#VALEUR!` or
 * `#NOMBRE!`) carrying the French message, which Excel shows in the cell's tooltip.
 */
import type { SheetResult } from '../engine';
import { customFunctionsApi } from './customFunctionsApi';

/** The numbers of an ok result; throws the matching error value otherwise. */
export function toCellResult(result: SheetResult): number[][] {
  if (result.ok) return result.values;
  const api = customFunctionsApi();
  if (!api) throw new Error(result.error.message);
  const code =
    result.error.kind === 'nombre' ? api.ErrorCode.invalidNumber : api.ErrorCode.invalidValue;
  throw new api.Error(code, result.error.message);
}
