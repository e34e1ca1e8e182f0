/**
 * Excel's header and footer codes, shared by the adapters (SpreadsheetML `oddHeader` and
 * the Excel JavaScript API's `HeaderFooter` take the same codes): `&P` page number, `&N`
 * page count, `&L`/`&C`/`&R` sections; a literal `&` is written `&&`.
 */

/** Excel refuses a header or footer longer than 255 characters: each section is kept shorter. */
export const MAX_SECTION_CHARS = 80;

/** Footer text « Page n / N » (one section). */
export const PAGE_NUMBER_TEXT = 'Page &P / &N';

/** Plain text as one header section: `&` doubled (a single `&` starts a code), clipped. */
export function headerSectionText(text: string): string {
  const clipped =
    text.length > MAX_SECTION_CHARS ? `${text.slice(0, MAX_SECTION_CHARS - 1)}…` : text;
  return clipped.replace(/&/g, '&&');
}
