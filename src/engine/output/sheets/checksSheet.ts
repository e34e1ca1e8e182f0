/**
 * `QP Contrôles` (§4.6): per scenario and service, base to share, Σ quote-parts and the
 * difference with its reason; then every warning of the run.
 */
import type { PlanSheet, PlanTable, PlanText } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import type { Problem } from '../../problems/problem';
import { formatMoney } from '../../numbers/formatMoney';
import { sign } from '../../numbers/rational';
import { FUNDING_MODELS } from '../../models/registry';
import { col } from '../../plan/planHelpers';
import { differenceText } from '../../calculation/differenceText';
import { SUPPORT_CHECK_LABEL } from '../../compute/checks';

/** Builds the checks sheet. */
export function checksSheet(result: ComputationResult, warnings: readonly Problem[]): PlanSheet {
  const { input } = result;
  const u = input.parameters.rounding;
  const checks: PlanTable = {
    kind: 'table',
    name: 'QP_Controles',
    row: 1,
    column: 1,
    columns: [
      col('Scénario', 'text', 20),
      col('Service', 'text', 28),
      col('Modèle', 'text', 22),
      col('Base à répartir', 'euro', 16),
      col('Σ quote-parts', 'euro', 16),
      col('Écart', 'euro', 12),
      col('Explication', 'text', 60),
    ],
    rows: result.checks.map((c) => {
      const s = c.service === null ? undefined : input.services[c.service];
      if (c.service === null)
        return [
          c.scenario,
          SUPPORT_CHECK_LABEL,
          'Ventilation des supports',
          formatMoney(c.base, u),
          formatMoney(c.total, u),
          formatMoney(c.difference, u),
          sign(c.difference) === 0
            ? 'Conforme : les montants ventilés couvrent exactement le coût des services supports.'
            : 'Écart inattendu : signalez-le.',
        ];
      return [
        c.scenario,
        s?.name ?? '',
        s ? FUNDING_MODELS[s.model].label : '',
        formatMoney(c.base, u),
        formatMoney(c.total, u),
        formatMoney(c.difference, u),
        differenceText({
          sharing: s ? FUNDING_MODELS[s.model].sharing : null,
          unitCostFixed: s?.fixedUnitCost !== null && s?.fixedUnitCost !== undefined,
          method: input.parameters.method,
          zero: sign(c.difference) === 0,
        }),
      ];
    }),
  };
  const start = result.checks.length + 4;
  const heading: PlanText = {
    kind: 'text',
    row: start,
    column: 1,
    text: warnings.length ? 'Avertissements' : 'Aucun avertissement',
    style: 'heading',
  };
  const blocks: (PlanTable | PlanText)[] = [checks, heading];
  if (warnings.length) {
    blocks.push({
      kind: 'table',
      name: 'QP_Avertissements',
      row: start + 1,
      column: 1,
      columns: [
        col('Code', 'text', 20),
        col('Table', 'text', 16),
        col('Ligne', 'integer', 8),
        col('Colonne', 'text', 18),
        col('Message', 'text', 90),
      ],
      rows: warnings.map((w) => [
        w.code,
        w.table,
        w.row === null ? null : String(w.row),
        w.column,
        w.message,
      ]),
    });
  }
  return { name: 'QP Contrôles', blocks, freezeRows: 1 };
}
