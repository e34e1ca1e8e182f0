/**
 * `QP Évolution` (contract §6.5): table `QP_Evolution`, per member and service last year's
 * amount, this year's, the difference in € and %, then the member's total row (service
 * `Total`); beside it the members with the largest changes and their native bar chart.
 */
import type { PlanChart, PlanSheet, PlanTable, PlanText } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import type { EvolutionLine } from '../../compute/evolution';
import { formatMoney } from '../../numbers/formatMoney';
import { formatFixed } from '../../numbers/decimalText';
import { abs, cmp } from '../../numbers/rational';
import { col } from '../../plan/planHelpers';

/** At most this many members in the chart of the largest changes. */
export const MAX_EVOLUTION_MEMBERS = 15;

/** The member total rows with the largest |difference| (ties: `Membres` order), largest first. */
export function largestChanges(lines: readonly EvolutionLine[]): EvolutionLine[] {
  return lines
    .filter((l) => l.service === null && l.delta.n !== 0n)
    .sort((a, b) => cmp(abs(b.delta), abs(a.delta)) || a.member - b.member)
    .slice(0, MAX_EVOLUTION_MEMBERS);
}

/** The sheet; null without `Historique`. */
export function evolutionSheet(result: ComputationResult): PlanSheet | null {
  const { input } = result;
  if (input.history === null) return null;
  const u = input.parameters.rounding;
  const money = (v: EvolutionLine['previous']) => (v ? formatMoney(v, u) : null);
  const name = (i: number) => input.members[i]?.name ?? '';
  const table: PlanTable = {
    kind: 'table',
    name: 'QP_Evolution',
    row: 1,
    column: 1,
    columns: [
      col('Membre', 'text', 28),
      col('Service', 'text', 28),
      col('Montant précédent', 'euro', 16),
      col("Montant de l'exercice", 'euro', 16),
      col('Écart', 'euro', 14),
      col('Écart (%)', 'number', 10),
    ],
    rows: result.evolution.map((e) => [
      name(e.member),
      e.service ?? 'Total',
      money(e.previous),
      money(e.current),
      formatMoney(e.delta, u),
      e.percent ? formatFixed(e.percent, 2) : null,
    ]),
  };
  const column = table.columns.length + 2;
  const largest = largestChanges(result.evolution);
  const title: PlanText = {
    kind: 'text',
    row: 1,
    column,
    text: `Plus fortes évolutions par membre (${MAX_EVOLUTION_MEMBERS} au plus)`,
    style: 'heading',
  };
  const changes: PlanTable = {
    kind: 'table',
    name: 'QP_EvolutionEcarts',
    row: 3,
    column,
    columns: [col('Membre', 'text', 28), col('Écart', 'euro', 14), col('Écart (%)', 'number', 10)],
    rows: largest.map((e) => [
      name(e.member),
      formatMoney(e.delta, u),
      e.percent ? formatFixed(e.percent, 2) : null,
    ]),
  };
  const chart: PlanChart = {
    title: "Plus fortes évolutions par membre par rapport à l'exercice précédent",
    type: 'clusteredBar',
    table: changes.name,
    categoryColumn: 'Membre',
    seriesColumns: ['Écart'],
    anchor: { row: largest.length + 6, column, rows: 20, columns: 8 },
  };
  return {
    name: 'QP Évolution',
    blocks: [table, title, changes],
    freezeRows: 1,
    ...(largest.length > 0 ? { charts: [chart] } : {}),
  };
}
