/**
 * French typography for text shown in the pane that comes from elsewhere (the engine's
 * problem messages, Excel's error messages): typographic apostrophes (’), and no-break
 * spaces inside guillemets and before « : », so that a "»" never starts a line alone.
 */

/** No-break space. */
const NBSP = '\u00a0';

/** The text with French typography; idempotent. */
export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/«[ \u00a0]+/g, `«${NBSP}`)
    .replace(/[ \u00a0]+»/g, `${NBSP}»`)
    .replace(/ +([:;!?])(?=\s|$)/g, `${NBSP}$1`);
}
