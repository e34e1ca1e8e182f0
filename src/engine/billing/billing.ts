/**
 * Billing of the base case: installments and titres (§4.2), or the régularisation
 * (§4.3) when `Acomptes` is present. What stays below the floor is reported.
 */
import type { InputModel } from '../domain/inputModel';
import type { ServiceResult } from '../models/serviceResult';
import type { ProblemList } from '../problems/problemList';
import { billableItems } from './lineItems';
import { periodsOf, presencePeriods } from './periods';
import { splitInstallments } from './installments';
import { buildTitres, type LinePiece, type Titre, type Unissued } from './titres';
import { regularise, type Reduction } from './regularisation';
import { M } from '../problems/messages';
import { frenchMoney } from '../numbers/formatMoney';
import type { Q } from '../numbers/rational';

/** Titres, reductions and what could not be issued. */
export interface BillingResult {
  readonly titres: Titre[];
  /** Every titre of the year when `titres` holds one period only (`selectPeriod`). */
  readonly allTitres?: readonly Titre[];
  readonly reductions: Reduction[];
  readonly unissued: Unissued[];
  /** Whether this run is a régularisation. */
  readonly regularisation: boolean;
  readonly acomptes: ReadonlyMap<string, Q>;
}

/** Bills the Référence results. */
export function bill(
  reference: readonly ServiceResult[],
  input: InputModel,
  problems: ProblemList,
): BillingResult {
  const { exercice, rounding } = input.parameters;
  const pieces: LinePiece[] = [];
  let reductions: Reduction[] = [];
  let acomptes: ReadonlyMap<string, Q> = new Map();
  if (input.acomptes === null) {
    const periodCache = new Map<number, ReturnType<typeof periodsOf>>();
    for (const item of billableItems(reference, input, problems)) {
      const service = input.services[item.service];
      const member = input.members[item.debtor];
      if (!service || !member) continue;
      let all = periodCache.get(service.installments);
      if (!all)
        periodCache.set(service.installments, (all = periodsOf(exercice, service.installments)));
      const periods = service.installments === 1 ? all : presencePeriods(all, member, exercice);
      for (const installment of splitInstallments(item.amount, periods, rounding))
        pieces.push({ item, installment });
    }
  } else {
    const reg = regularise(reference, input, problems);
    reductions = reg.reductions;
    acomptes = reg.acomptes;
    // One line for the Exercice with the exact solde (billed − acomptes): no installment split, no rounding.
    const [year] = periodsOf(exercice, 1);
    if (year)
      for (const item of reg.items)
        pieces.push({
          item,
          installment: { period: year, rank: 1, count: 1, amount: item.amount },
        });
  }
  const { titres, unissued } = buildTitres(pieces, input);
  for (const u of unissued) {
    const m = input.members[u.debtor];
    if (m)
      problems.warning(
        'TITRE_SOUS_SEUIL',
        m.place,
        M.belowFloor(
          m.name,
          frenchMoney(u.amount, rounding),
          frenchMoney(input.parameters.titreFloor, rounding),
        ),
      );
  }
  return { titres, reductions, unissued, regularisation: input.acomptes !== null, acomptes };
}
