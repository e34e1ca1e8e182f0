/**
 * Colours of the report's charts: the Okabe–Ito palette, readable by colour-blind
 * readers and distinct when printed in grey.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#555555',
] as const;

/** Colour of the k-th series or slice (cycling). */
export function colour(k: number): string {
  return PALETTE[k % PALETTE.length] ?? '#555555';
}
