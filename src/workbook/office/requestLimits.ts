/**
 * Size limits of one Office.js request. Excel on the web refuses requests and responses
 * over 5 MB; QuotePart stays well under: at most 10,000 rows and 4 MB (estimated) a write
 * request, 100,000 cells a read request, and halves a block when Excel still refuses it.
 */

/** Most rows written by one request. */
export const MAX_ROWS_PER_REQUEST = 10_000;
/** Most estimated bytes sent by one request. */
export const MAX_REQUEST_BYTES = 4_000_000;
/** Most cells read by one request (values, value types and formats: ~40 bytes a cell). */
export const MAX_CELLS_PER_READ = 100_000;
/** Estimated bytes of one API call besides its data (object path, method, ids). */
export const CALL_OVERHEAD_BYTES = 200;

/** Limits used to cut writes and reads into requests (tests lower them). */
export interface RequestLimits {
  readonly maxRows: number;
  readonly maxBytes: number;
  readonly maxReadCells: number;
}

/** The production limits. */
export const DEFAULT_LIMITS: RequestLimits = {
  maxRows: MAX_ROWS_PER_REQUEST,
  maxBytes: MAX_REQUEST_BYTES,
  maxReadCells: MAX_CELLS_PER_READ,
};
