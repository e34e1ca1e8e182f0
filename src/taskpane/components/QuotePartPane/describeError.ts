/**
 * Turns an exception from the host or the engine into French sentences for the user,
 * keeping the technical detail (Office.js `code`, message) so that support can act on it.
 */

import { frenchTypography } from '../../format/frenchTypography';

/** Name of the adapter's errors, whose messages are already complete French sentences. */
const HOST_ERROR_NAME = 'OfficeHostError';

/**
 * The message of a host error as it is; otherwise `context` (what failed, in French)
 * followed by the error's code and message when present.
 */
export function describeError(context: string, error: unknown): string {
  return frenchTypography(rawDescription(context, error));
}

/** `describeError` before typography. */
function rawDescription(context: string, error: unknown): string {
  if (error instanceof Error) {
    if (error.name === HOST_ERROR_NAME && error.message) return error.message;
    const code = (error as Error & { code?: unknown }).code;
    const detail =
      typeof code === 'string' && code && !error.message.includes(code)
        ? `${code} : ${error.message}`
        : error.message;
    return detail ? `${context} (${detail}).` : `${context}.`;
  }
  return error === undefined || error === null || error === ''
    ? `${context}.`
    : `${context} (${String(error)}).`;
}
