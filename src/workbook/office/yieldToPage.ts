/**
 * Gives the page's event loop a turn between two Office.js batches, so that the task pane
 * repaints (progress bar) and answers the user while a long read or write goes on. Real
 * Excel answers `context.sync()` asynchronously already; the in-memory fake Excel of the
 * preview answers at once, and without this a 35,000-member write held the page for
 * seconds. A macrotask (`setTimeout`), not a microtask: only a macrotask lets the page paint.
 */

/** Resolves on a later turn of the event loop. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
