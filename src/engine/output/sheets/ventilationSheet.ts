/**
 * `QP Ventilation` (contract §6.2): how the support services' costs were spread over the
 * other services — one row per support and receiver kept by the method (weight, share,
 * amount), then one row per service with its direct cost and total passed on (supports)
 * or the amount received V_j (the others). Written only when there are support services.
 */
import type { PlanSheet, PlanTable, PlanText } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import { FUNDING_MODELS } from '../../models/registry';
import type { ModelId } from '../../domain/inputModel';
import { formatMoney } from '../../numbers/formatMoney';
import { ventilationRows } from '../ventilationRows';
import { VENTILATION_METHOD_LABELS } from '../../parse/ventilateSupports';
import { col } from '../../plan/planHelpers';

function labelOf(model: ModelId | undefined): string {
  return model ? FUNDING_MODELS[model].label : '';
}

/** Builds the sheet, or null without support services. */
export function ventilationSheet(result: ComputationResult): PlanSheet | null {
  const { input } = result;
  const v = input.ventilation;
  if (!v) return null;
  const u = input.parameters.rounding;
  const rows = ventilationRows(input, (x) => formatMoney(x, u));
  const links: PlanTable = {
    kind: 'table',
    name: 'QP_Ventilation',
    row: 1,
    column: 1,
    columns: [
      col('Service support', 'text', 28),
      col('Service receveur', 'text', 28),
      col('Poids', 'number', 12),
      col('Part', 'share', 12),
      col('Montant ventilé', 'euro', 16),
    ],
    rows: rows.ventilation.map((r) => [r.support, r.service, r.weight, r.share, r.amount]),
  };
  const start = rows.ventilation.length + 4;
  const heading: PlanText = {
    kind: 'text',
    row: start,
    column: 1,
    text: `Totaux par service (méthode ${VENTILATION_METHOD_LABELS[v.method]})`,
    style: 'heading',
  };
  const totals: PlanTable = {
    kind: 'table',
    name: 'QP_VentilationTotaux',
    row: start + 1,
    column: 1,
    columns: [
      col('Service', 'text', 28),
      col('Modèle', 'text', 22),
      col('Coût direct', 'euro', 16),
      col('Total ventilé', 'euro', 16),
      col('Reçu des services supports', 'euro', 18),
    ],
    rows: rows.ventilationTotals.map((r, i) => [
      r.service,
      labelOf(input.services[i]?.model),
      r.direct,
      r.total,
      r.received,
    ]),
  };
  return { name: 'QP Ventilation', blocks: [links, heading, totals], freezeRows: 1 };
}
