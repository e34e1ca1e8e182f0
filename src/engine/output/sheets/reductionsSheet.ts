/** `QP Réductions` (§4.3): amounts to give back after the régularisation. */
import type { PlanSheet } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import { formatMoney } from '../../numbers/formatMoney';
import { col, singleTableSheet } from '../../plan/planHelpers';

/** Builds the reductions sheet (régularisation runs only). */
export function reductionsSheet(result: ComputationResult): PlanSheet {
  const { input } = result;
  const u = input.parameters.rounding;
  const columns = [
    col('Débiteur', 'text', 28),
    col('SIRET', 'text', 16),
    col('Service', 'text', 28),
    col('Montant dû', 'euro', 14),
    col('Acomptes émis', 'euro', 14),
    col('Réduction à émettre', 'euro', 16),
    col('Motif', 'text', 60),
  ];
  const cells = result.billing.reductions.map((r) => {
    const m = input.members[r.debtor];
    const s = input.services[r.service];
    return [
      m?.name ?? '',
      m?.siret ?? null,
      s?.name ?? '',
      formatMoney(r.billed, u),
      formatMoney(r.acompte, u),
      formatMoney(r.amount, u),
      `Acomptes ${input.parameters.exercice} supérieurs au montant dû : réduction du titre d'acompte (ou mandat au 673 si l'exercice est clos).`,
    ];
  });
  return singleTableSheet('QP Réductions', 'QP_Reductions', columns, cells);
}
