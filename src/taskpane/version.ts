/**
 * Version of QuotePart recorded in each run's journal. Webpack replaces
 * `process.env.QUOTEPART_VERSION` with the version of package.json at build time.
 */

/** The QuotePart version, or `dev` outside a webpack build. */
export const QUOTEPART_VERSION: string = process.env.QUOTEPART_VERSION ?? 'dev';
