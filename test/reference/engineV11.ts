/**
 * THE switch of the v1.1 differential and held-out tests: the parts of contract §6 that
 * the engine implements. While a part is absent, the tests that need it are skipped
 * (jest lists them as skipped) and the random generator does not produce it; the lead
 * adds the parts here when the engine work merges (i11a: 'stricter' and 'supports';
 * i11b: 'paliers', 'coalitions' and 'historique'). Nothing else turns them on.
 */
export type V11Part = 'stricter' | 'supports' | 'paliers' | 'coalitions' | 'historique';

/** Every part of §6, in contract order (§6.1 to §6.5). */
export const ALL_V11_PARTS: readonly V11Part[] = [
  'stricter',
  'supports',
  'paliers',
  'coalitions',
  'historique',
];

/** The parts the engine implements (edit this line only). */
export const ENGINE_V11_PARTS: readonly V11Part[] = [
  'stricter',
  'supports',
  'paliers',
  'coalitions',
  'historique',
];

/** Whether every part in `needed` is enabled. */
export function engineHas(needed: readonly V11Part[]): boolean {
  return needed.every((p) => ENGINE_V11_PARTS.includes(p));
}
