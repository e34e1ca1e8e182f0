/**
 * Year-end régularisation (§4.3): with `Acomptes`, each debtor and service billed in
 * Référence gets its solde = billed amount − already billed. A positive solde is one
 * titre line for the Exercice; a negative one is a reduction (the amount to give back),
 * never a negative titre. An acompte on a pair that is not billed is a warning.
 */
import { type Q, ZERO, neg, sign, sub } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import type { ServiceResult } from '../models/serviceResult';
import type { ProblemList } from '../problems/problemList';
import type { LineItem } from './lineItems';
import { M } from '../problems/messages';

/** A reduction: an amount to give back to a debtor for a service. */
export interface Reduction {
  readonly debtor: number;
  readonly service: number;
  readonly billed: Q;
  readonly acompte: Q;
  readonly amount: Q;
}

/** Solde items (to bill) and reductions (to give back). */
export interface Regularisation {
  readonly items: LineItem[];
  readonly reductions: Reduction[];
  /** Acompte per `member/service`, for the bases de liquidation. */
  readonly acomptes: ReadonlyMap<string, Q>;
}

/** Computes the soldes of the Référence results against `Acomptes`. */
export function regularise(
  reference: readonly ServiceResult[],
  input: InputModel,
  problems: ProblemList,
): Regularisation {
  const acomptes = new Map<string, Q>();
  for (const a of input.acomptes ?? []) acomptes.set(`${a.member}/${a.service}`, a.amount);
  const billedPairs = new Set<string>();
  const items: LineItem[] = [];
  const reductions: Reduction[] = [];
  for (const result of reference) {
    for (const line of result.lines) {
      if (line.settlement !== 'titre' && line.settlement !== 'direct') continue;
      const key = `${line.member}/${result.service.index}`;
      billedPairs.add(key);
      const acompte = acomptes.get(key) ?? ZERO;
      const solde = sub(line.billed, acompte);
      if (sign(solde) > 0)
        items.push({
          debtor: line.member,
          service: result.service.index,
          kind: 'solde',
          amount: solde,
        });
      else if (sign(solde) < 0)
        reductions.push({
          debtor: line.member,
          service: result.service.index,
          billed: line.billed,
          acompte,
          amount: neg(solde),
        });
    }
  }
  for (const a of input.acomptes ?? []) {
    if (!billedPairs.has(`${a.member}/${a.service}`))
      problems.warning(
        'ACOMPTE_SANS_FACTURATION',
        a.place,
        M.acompteNotBilled(
          input.members[a.member]?.name ?? '',
          input.services[a.service]?.name ?? '',
        ),
      );
  }
  return { items, reductions, acomptes };
}
