/**
 * `QP Comparaison` (§4.5): per member and scenario, total, difference with Référence in €
 * and %, stand-alone cost and gain; plus a member × scenario table and its chart, as
 * shown to the elected members, and the coalition test of §6.4 when groups are given.
 */
import type { PlanChart, PlanSheet, PlanTable, PlanText } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import { formatMoney } from '../../numbers/formatMoney';
import { formatFixed } from '../../numbers/decimalText';
import { col } from '../../plan/planHelpers';
import { coalitionsBlocks } from './coalitionsTable';

/** Builds the comparison sheet. */
export function comparisonSheet(result: ComputationResult): PlanSheet {
  const { input } = result;
  const u = input.parameters.rounding;
  const name = (i: number) => input.members[i]?.name ?? '';
  const detail: PlanTable = {
    kind: 'table',
    name: 'QP_Comparaison',
    row: 1,
    column: 1,
    columns: [
      col('Membre', 'text', 28),
      col('Scénario', 'text', 20),
      col('Total quote-parts et frais', 'euro', 18),
      col('Écart avec Référence', 'euro', 16),
      col('Écart (%)', 'percent', 10),
      col('Coût autonome', 'euro', 15),
      col('Gain de la mutualisation', 'euro', 18),
      col('Gagne à la mutualisation', 'text', 14),
    ],
    rows: result.comparison.map((c) => [
      name(c.member),
      c.scenario,
      formatMoney(c.total, u),
      formatMoney(c.delta, u),
      c.deltaRatio ? formatFixed(c.deltaRatio, 6) : null,
      c.standalone ? formatMoney(c.standalone, u) : null,
      c.gain ? formatMoney(c.gain, u) : null,
      c.gain === null ? null : c.notGaining ? 'Non' : 'Oui',
    ]),
  };
  const scenarios = result.scenarios.map((s) => s.name);
  const members = [...new Set(result.comparison.map((c) => c.member))];
  const totals = new Map(result.comparison.map((c) => [`${c.member}/${c.scenario}`, c.total]));
  const pivotColumn = detail.columns.length + 2;
  const pivot: PlanTable = {
    kind: 'table',
    name: 'QP_ComparaisonScenarios',
    row: 3,
    column: pivotColumn,
    columns: [col('Membre', 'text', 28), ...scenarios.map((s) => col(s, 'euro', 16))],
    rows: members.map((m) => [
      name(m),
      ...scenarios.map((s) => {
        const t = totals.get(`${m}/${s}`);
        return t ? formatMoney(t, u) : null;
      }),
    ]),
  };
  const title: PlanText = {
    kind: 'text',
    row: 1,
    column: pivotColumn,
    text: 'Total par membre et par scénario',
    style: 'heading',
  };
  const chart: PlanChart = {
    title: 'Quote-parts par membre selon le scénario',
    type: 'clusteredColumn',
    table: pivot.name,
    categoryColumn: 'Membre',
    seriesColumns: scenarios,
    anchor: {
      row: members.length + 6,
      column: pivotColumn,
      rows: 20,
      columns: Math.max(8, scenarios.length + 4),
    },
  };
  // The coalition test sits right of the pivot table and its chart (§6.4).
  const coalitions = coalitionsBlocks(result, 1, pivotColumn + chart.anchor.columns + 1);
  return {
    name: 'QP Comparaison',
    blocks: [detail, title, pivot, ...coalitions],
    freezeRows: 1,
    charts: [chart],
  };
}
