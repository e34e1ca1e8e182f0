/**
 * The one exception the xlsx reader throws: the file cannot be read as a workbook at all
 * (not a zip, an old .xls, an encrypted file, no workbook part, a part that inflates
 * beyond its declared size or the reader's budget). Anything less serious
 * becomes a warning Problem instead, so a workbook Excel opens is always read.
 */

/** Why a file could not be read as a workbook. */
export type XlsxReadErrorCode =
  | 'NOT_ZIP'
  | 'NOT_XLSX'
  | 'ENCRYPTED_OR_XLS'
  | 'UNSUPPORTED'
  | 'DAMAGED'
  | 'TOO_LARGE'
  /** A sheet of the user has the name of a sheet QuotePart must write (the run is refused). */
  | 'SHEET_CONFLICT';

/** A file that is not a readable xlsx workbook; `message` is French, for the user. */
export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;

  constructor(code: XlsxReadErrorCode, message: string) {
    super(message);
    this.name = 'XlsxReadError';
    this.code = code;
  }
}
