/**
 * Why a service's Σ quote-parts differs from its cost base (contract §4.6: the difference
 * is 0 except for rounding, and it is shown, never hidden), in one French sentence next to
 * the figure, so that a −0,13 or a −178,00 in the summary is not a mystery.
 */
import type { ServiceSummary } from '../../../engine';

/** True when a decimal string is zero ("0", "-0.00"…). */
export function isZeroDecimal(value: string): boolean {
  return /^[+-]?0*(\.0*)?$/.test(value);
}

/** The explanation of a non-zero difference, by funding model. */
export function explainGap(line: ServiceSummary): string {
  if (line.model === 'mise-a-disposition')
    return 'Mise à disposition : chaque quote-part vaut le coût unitaire arrondi × les unités du membre, arrondie au centime ; la somme s’écarte donc de la base de l’arrondi du coût unitaire, ou d’un coût unitaire fixé dans la table Services.';
  return 'Les charges sont réparties ligne à ligne et chaque quote-part est arrondie au centime : la somme des arrondis s’écarte de la base. L’écart est montré tel quel, jamais réparti en douce.';
}
