/**
 * Request limits of the preview. The fake Excel answers each `sync()` on the page's own
 * thread, so a request's size is time the page is frozen: smaller requests (2,000 rows
 * written, 10,000 cells read) keep each one short, the adapter yielding between two. In
 * Excel the add-in keeps `DEFAULT_LIMITS` (Excel works in its own process).
 */
import { DEFAULT_LIMITS, type RequestLimits } from '../workbook/office/requestLimits';

/** The limits the preview's Office host uses. */
export const PREVIEW_LIMITS: RequestLimits = {
  maxRows: 2_000,
  maxBytes: Math.min(DEFAULT_LIMITS.maxBytes, 1_000_000),
  maxReadCells: 10_000,
};
