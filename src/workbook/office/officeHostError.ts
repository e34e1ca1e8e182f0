/**
 * Errors of the Office adapter. Office.js errors (`RichApi.Error`) carry a `code` and a
 * `debugInfo` (failing statement, location) that are the only clue when a user reports a
 * failure, so both are kept in the message, after a French explanation.
 */

/** Failure of a host operation; `excelCode` is the Office.js error code when there was one. */
export class OfficeHostError extends Error {
  override readonly name = 'OfficeHostError';
  readonly excelCode: string | null;
  /** The original error, when there was one. */
  readonly original: unknown;

  constructor(message: string, excelCode: string | null = null, original: unknown = undefined) {
    super(message);
    this.excelCode = excelCode;
    this.original = original;
  }
}

/** Office.js error code of a thrown value, or null. */
export function excelErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** Whether Excel refused a request or response as too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  return excelErrorCode(error) === 'RequestPayloadSizeLimitExceeded';
}

/** `code`, message and `debugInfo` of an error, as one line for the message. */
export function describeExcelError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = excelErrorCode(error);
  const debugInfo = (error as { debugInfo?: unknown }).debugInfo;
  const parts = [code === null ? error.message : `code Excel ${code} : ${error.message}`];
  if (debugInfo !== undefined) parts.push(`debugInfo ${JSON.stringify(debugInfo)}`);
  return parts.join(' ; ');
}

/** Wraps any failure of a host operation into an OfficeHostError saying what was being done. */
export function hostFailure(doing: string, error: unknown): OfficeHostError {
  if (error instanceof OfficeHostError) return error;
  return new OfficeHostError(
    `${doing} a échoué (${describeExcelError(error)}).`,
    excelErrorCode(error),
    error,
  );
}
