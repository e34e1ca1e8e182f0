/**
 * Page geometry and type sizes of the printed convention annex: A4 portrait in PDF
 * points (1/72 inch), margins leaving room for the running header and the footer.
 */

/** A4 in points (210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Margins of the text area, in points (about 15 mm at the sides). */
export const MARGIN = { left: 42, right: 42, top: 58, bottom: 52 } as const;

/** Width of the text area. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** Type sizes, in points. */
export const SIZE = {
  title: 14,
  heading: 11,
  subheading: 9.5,
  paragraph: 8.5,
  cell: 7,
  detail: 6.5,
  running: 7,
} as const;

/** Line height as a multiple of the type size. */
export const LEADING = 1.25;
