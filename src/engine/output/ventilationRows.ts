/**
 * The `ventilation` and `ventilationTotals` rows of the JSON (contract §6.2), also the
 * rows of the `QP Ventilation` sheet: empty without support services.
 */
import type { InputModel } from '../domain/inputModel';
import type { Q } from '../numbers/rational';
import type { VentilationJson, VentilationTotalJson } from '../contract/resultJson';
import { formatExact } from '../numbers/decimalText';
import { formatShare } from '../numbers/formatMoney';
import { roundToUnit } from '../numbers/round';

/** Both row lists, amounts formatted by `money` (rounded to `Arrondi`). */
export function ventilationRows(
  input: InputModel,
  money: (v: Q) => string,
): { ventilation: VentilationJson[]; ventilationTotals: VentilationTotalJson[] } {
  const v = input.ventilation;
  if (!v) return { ventilation: [], ventilationTotals: [] };
  const name = (i: number): string => input.services[i]?.name ?? '';
  const rounded = (x: Q): string => money(roundToUnit(x, input.parameters.rounding));
  const bySupport = new Map(v.supports.map((s) => [s.service, s]));
  return {
    ventilation: v.links.map((l) => ({
      support: name(l.support),
      service: name(l.receiver),
      weight: formatExact(l.weight),
      share: formatShare(l.share),
      amount: rounded(l.amount),
    })),
    ventilationTotals: input.services.map((s) => {
      const support = bySupport.get(s.index);
      const received = v.received.get(s.index);
      return {
        service: s.name,
        direct: support ? rounded(support.direct) : null,
        total: support ? rounded(support.total) : null,
        received: support || !received ? null : money(received),
      };
    }),
  };
}
