/** `QP AC` (§4.4): AC before, each imputed service, AC nette and the negative-AC flag. */
import type { PlanSheet } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import { formatMoney } from '../../numbers/formatMoney';
import { col, singleTableSheet } from '../../plan/planHelpers';

/** Builds the AC sheet: one column per AC-settled service. */
export function compensationSheet(result: ComputationResult): PlanSheet {
  const { input } = result;
  const u = input.parameters.rounding;
  const serviceIds = [
    ...new Set(result.compensation.flatMap((c) => c.services.map((s) => s.service))),
  ].sort((a, b) => a - b);
  const columns = [
    col('Membre', 'text', 28),
    col('AC avant imputation', 'euro', 18),
    ...serviceIds.map((i) => col(`Imputation ${input.services[i]?.name ?? ''}`, 'euro', 18)),
    col('Total imputé', 'euro', 15),
    col('AC nette', 'euro', 15),
    col('Alerte', 'text', 50),
  ];
  const cells = result.compensation.map((c) => [
    input.members[c.member]?.name ?? '',
    formatMoney(c.before, u),
    ...serviceIds.map((i) => {
      const s = c.services.find((x) => x.service === i);
      return s ? formatMoney(s.amount, u) : null;
    }),
    formatMoney(c.imputed, u),
    formatMoney(c.after, u),
    c.negative ? 'AC négative : la commune verse ce montant à l\u2019EPCI' : null,
  ]);
  return singleTableSheet('QP AC', 'QP_AC', columns, cells);
}
