/**
 * `QP_Coalitions` (contract §6.4), on the `QP Comparaison` sheet: per scenario and group
 * of `CoutsAutonomes`, the group's total, its stand-alone cost, the gain, and whether the
 * pooling is stable for it (Non: the group would be better off leaving).
 */
import type { PlanBlock } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import { formatMoney } from '../../numbers/formatMoney';
import { col } from '../../plan/planHelpers';

/** The heading and table of the coalition test at (row, column); none without groups. */
export function coalitionsBlocks(
  result: ComputationResult,
  row: number,
  column: number,
): PlanBlock[] {
  const { input } = result;
  if (input.coalitions.length === 0) return [];
  const u = input.parameters.rounding;
  return [
    {
      kind: 'text',
      row,
      column,
      text: 'Groupes de membres : gagnent-ils à rester ?',
      style: 'heading',
    },
    {
      kind: 'table',
      name: 'QP_Coalitions',
      row: row + 2,
      column,
      columns: [
        col('Scénario', 'text', 20),
        col('Groupe', 'text', 32),
        col('Membres', 'integer', 9),
        col('Total quote-parts et frais', 'euro', 18),
        col('Coût autonome', 'euro', 15),
        col('Gain de la mutualisation', 'euro', 18),
        col('Stable', 'text', 9),
      ],
      rows: result.coalitions.map((c) => {
        const group = input.coalitions[c.coalition];
        return [
          c.scenario,
          group?.name ?? '',
          String(group?.members.length ?? 0),
          formatMoney(c.total, u),
          formatMoney(c.standalone, u),
          formatMoney(c.gain, u),
          c.stable ? 'Oui' : 'Non',
        ];
      }),
    },
  ];
}
