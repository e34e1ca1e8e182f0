/**
 * Turns an exception from the host or the engine into one French sentence for the user,
 * keeping the technical detail (Office.js `code`, message) so that support can act on it.
 */

/** `context` (what failed, in French) followed by the error's code and message when present. */
export function describeError(context: string, error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    const detail = typeof code === 'string' && code && !error.message.includes(code) ? `${code} : ${error.message}` : error.message;
    return detail ? `${context} (${detail}).` : `${context}.`;
  }
  return error === undefined || error === null || error === '' ? `${context}.` : `${context} (${String(error)}).`;
}
