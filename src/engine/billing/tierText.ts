/**
 * A member's share of a tiered cost in words (contract §6.3), for the base de
 * liquidation and the annex: "palier Base : 8 000,00 € partagés entre 4 membres
 * (2 000,00 €), puis palier Sauvegarde : …, soit 3 000,00 €", so that the debtor sees
 * which increments it pays and with how many members it shares each one.
 */
import { type Q, ZERO, add, div, isInteger } from '../numbers/rational';
import { formatMoney, frenchNumber } from '../numbers/formatMoney';
import { NNBSP, euros } from '../calculation/calculationText';
import type { TierExplanation } from '../keys/tierCriterion';

function money(value: Q, unit: Q): string {
  const text = euros(formatMoney(value, unit));
  return isInteger(div(value, unit)) ? text : `≈${NNBSP}${text}`;
}

/**
 * Per explanation, the text of each level (index level + 1) for one rounding unit: every
 * member at the same level reads the same words, so they are built once per level, not
 * once per member and titre.
 */
const TEXT_BY_LEVEL = new WeakMap<TierExplanation, { unit: Q; texts: (string | undefined)[] }>();

/** The tier share φ of the participant at position `j`, in words (increments of 0 € left out). */
export function tierShareText(tiers: TierExplanation, j: number, unit: Q): string {
  const level = tiers.levelOf[j] ?? -1;
  let cached = TEXT_BY_LEVEL.get(tiers);
  if (!cached || (cached.unit !== unit && (cached.unit.n !== unit.n || cached.unit.d !== unit.d)))
    TEXT_BY_LEVEL.set(tiers, (cached = { unit, texts: [] }));
  return (cached.texts[level + 1] ??= levelText(tiers, level, unit));
}

/** The words of a share at `level` (−1: no level, the share is 0). */
function levelText(tiers: TierExplanation, level: number, unit: Q): string {
  const parts: string[] = [];
  for (const step of tiers.increments) {
    if (step.level > level) break;
    if (step.increment.n === 0n) continue;
    const name = tiers.levels[step.level]?.name ?? '';
    const who =
      step.sharers === 1
        ? 'à la charge de ce seul membre'
        : `partagés entre ${frenchNumber(String(step.sharers))} membres (${money(step.each, unit)})`;
    parts.push(`palier ${name} : ${money(step.increment, unit)} ${who}`);
  }
  let share = ZERO;
  for (const step of tiers.increments) if (step.level <= level) share = add(share, step.each);
  return `${parts.join(', puis ')}, soit ${money(share, unit)}`;
}
