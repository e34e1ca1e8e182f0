/**
 * The `Calcul` text of a participant's line: its calculation in words and figures
 * (`calculationText` of the line's structured description, the same words as the base
 * de liquidation of its titres) and how it is settled.
 */
import type { LineDetail } from '../../contract/runDetails';
import { calculationText } from '../../calculation/calculationText';
import { settlementText } from '../../calculation/settlementText';

/** The calculation of one participant's amounts. */
export function lineCalculation(line: LineDetail): string {
  return `${calculationText(line.calculation)} ; ${settlementText(line)}`;
}
