/**
 * What is billed to whom in the base case, before installments (§4.2): one item per
 * debtor and service (the billed quote-part), plus a coordinator's fee (a groupement's) as its own item.
 * Zero gives no item; a negative amount gives no item and a warning.
 */
import { type Q, sign } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import type { ServiceResult } from '../models/serviceResult';
import type { ProblemList } from '../problems/problemList';
import { M } from '../problems/messages';
import { formatMoney } from '../numbers/formatMoney';
import { FUNDING_MODELS } from '../models/registry';

/** Kind of a titre line: the quote-part, a groupement fee, or a régularisation solde. */
export type LineKind = 'quote-part' | 'fee' | 'solde';

/** One amount to bill to one debtor for one service. */
export interface LineItem {
  readonly debtor: number;
  readonly service: number;
  readonly kind: LineKind;
  readonly amount: Q;
}

function push(items: LineItem[], item: LineItem, input: InputModel, problems: ProblemList): void {
  const s = sign(item.amount);
  if (s > 0) items.push(item);
  else if (s < 0) {
    const m = input.members[item.debtor];
    const svc = input.services[item.service];
    problems.warning(
      'MONTANT_FACTURE_NEGATIF',
      {
        table: 'Services',
        row: svc?.place.row ?? null,
        column: 'Service',
        value: svc?.name ?? null,
        ...(svc?.place.sheet ? { sheet: svc.place.sheet } : {}),
        ...(svc?.place.cell ? { cell: svc.place.cell } : {}),
      },
      M.negativeBilled(
        m?.name ?? '',
        svc?.name ?? '',
        formatMoney(item.amount, input.parameters.rounding),
      ),
    );
  }
}

/** The billable items of the Référence results, in Services order (fee right after its service). */
export function billableItems(
  reference: readonly ServiceResult[],
  input: InputModel,
  problems: ProblemList,
): LineItem[] {
  const items: LineItem[] = [];
  for (const result of reference) {
    // A coordinator's fee is billed apart: its own item, also for members paying the supplier.
    const feeApart = FUNDING_MODELS[result.model].fee === 'coordinator';
    for (const line of result.lines) {
      if (line.settlement === 'titre' && !feeApart) {
        push(
          items,
          {
            debtor: line.member,
            service: result.service.index,
            kind: 'quote-part',
            amount: line.billed,
          },
          input,
          problems,
        );
      } else if (feeApart && (line.settlement === 'titre' || line.settlement === 'direct')) {
        if (line.settlement === 'titre')
          push(
            items,
            {
              debtor: line.member,
              service: result.service.index,
              kind: 'quote-part',
              amount: line.quotePart,
            },
            input,
            problems,
          );
        push(
          items,
          { debtor: line.member, service: result.service.index, kind: 'fee', amount: line.fee },
          input,
          problems,
        );
      }
    }
  }
  return items;
}
