/**
 * The part of Excel's `CustomFunctions` global that the functions use: the error value
 * with a message. Declared here (office.js has no npm types for it); the real object comes
 * from office.js in Excel's shared runtime, the preview installs a stand-in with the same
 * shape.
 */

/** `CustomFunctions.ErrorCode` values used: `#VALEUR!` and `#NOMBRE!` in French Excel. */
export type CustomFunctionErrorCode = '#VALUE!' | '#NUM!';

/** The subset of the `CustomFunctions` global the shell needs. */
export interface CustomFunctionsApi {
  /** Registers a function under its metadata id. */
  associate(id: string, fn: (...args: never[]) => unknown): void;
  /** An error value shown in the cell, with a message Excel displays next to it. */
  Error: new (code: CustomFunctionErrorCode, message?: string) => Error;
  /** Error codes by name. */
  ErrorCode: { readonly invalidValue: '#VALUE!'; readonly invalidNumber: '#NUM!' };
}

/** The global `CustomFunctions`, or undefined outside Excel's custom-functions runtime. */
export function customFunctionsApi(): CustomFunctionsApi | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsApi }).CustomFunctions;
}
