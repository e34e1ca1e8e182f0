/**
 * Errors thrown by the fake Excel, shaped like Office.js's `OfficeExtension.Error`
 * (`name` `RichApi.Error`, a `code` and a `debugInfo`), so that error handling written
 * for Excel is exercised by the tests.
 */

/** Error codes the fake produces (a subset of `Excel.ErrorCodes`). */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidObjectPath'
  | 'GeneralException';

/** The `debugInfo` of an Office.js error. */
export interface FakeDebugInfo {
  readonly code: FakeErrorCode;
  readonly message: string;
  /** The API member that failed, e.g. `Range.values`. */
  readonly errorLocation?: string;
}

/** An error as Office.js raises it (`error.name === 'RichApi.Error'`). */
export class FakeRichApiError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Thrown when a property is read before `load()` and `sync()`, as Excel does. */
export function propertyNotLoaded(objectName: string, property: string): FakeRichApiError {
  return new FakeRichApiError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}
