/**
 * French counts with the right plural ("0 erreur", "1 erreur", "2 erreurs": in French, 0 and
 * 1 take the singular), and thousands grouped like amounts.
 */
import { formatDecimalFr } from './formatDecimalFr';

/** `count` followed by `singular` or `plural` (default: `singular` + "s"). */
export function countFr(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatDecimalFr(String(count))} ${count < 2 ? singular : plural}`;
}
