/**
 * The `Calcul` text of a participant's line: the whole calculation in words and
 * figures (unit cost × units, or the share from the key's terms, base × share, rounding,
 * direct costs, fee, settlement), so that a finance officer can redo it by hand.
 */
import type { LineDetail, RunDetails, ServiceDetail } from '../../contract/runDetails';
import { frApprox, frEquals, frMoney, frNumber, frRate, frShare } from '../frenchText';
import { isZeroDecimal } from '../isZeroDecimal';

function shareFormula(details: RunDetails, s: ServiceDetail, line: LineDetail): string {
  const days = details.members[line.member]?.presenceDays ?? details.yearDays;
  const presence = days !== details.yearDays ? ` × ${days}/${details.yearDays}` : '';
  return s.terms
    .map((t, k) => {
      const value =
        t.kind === 'egalitaire'
          ? `1${presence}`
          : t.kind === 'membre'
            ? `${frNumber(line.values[k] ?? '0')}${presence}`
            : frNumber(line.values[k] ?? '0');
      return `${frNumber(t.percent)} % × ${value} ÷ ${frApprox(t.total, t.totalExact)}`;
    })
    .join(' + ');
}

function settlementPart(s: ServiceDetail, line: LineDetail): string {
  switch (line.settlement) {
    case 'own-use':
      return 'usage propre du porteur, non facturé';
    case 'ac':
      return `imputé sur l\u2019attribution de compensation : ${frMoney(line.quotePart)}`;
    case 'direct':
      return `quote-part payée directement au fournisseur ; facturé : frais ${frMoney(line.billed)}`;
    default:
      return `facturé ${frMoney(line.billed)}${s.model === 'groupement' && !isZeroDecimal(line.fee) ? ' (quote-part + frais)' : ''}`;
  }
}

/** The calculation of one participant's amounts. */
export function lineCalculation(details: RunDetails, s: ServiceDetail, line: LineDetail): string {
  const parts: string[] = [];
  if (s.model === 'mise-a-disposition') {
    parts.push(
      `${frNumber(s.unitCost ?? '0')} € × ${frNumber(line.units ?? '0')} ${s.unit ?? ''} ${frEquals(line.exactAmount, line.exactAmountExact)} € → ${frMoney(line.quotePart)}`,
    );
  } else {
    const rounding = details.method === 'ligne-a-ligne' ? 'arrondi' : 'arrondi au plus fort reste';
    parts.push(`part = ${shareFormula(details, s, line)} = ${frShare(line.share)}`);
    let amount = `${frMoney(s.sharedBase ?? '0')} × part ${frEquals(line.exactAmount, line.exactAmountExact)} € → ${frMoney(line.allocated)} (${rounding})`;
    if (!isZeroDecimal(line.direct))
      amount += ` + coûts propres ${frMoney(line.direct)} = ${frMoney(line.quotePart)}`;
    parts.push(amount);
    if (s.model === 'groupement' && s.feeRate && !isZeroDecimal(line.fee))
      parts.push(`frais ${frRate(s.feeRate)} × ${frMoney(line.quotePart)} = ${frMoney(line.fee)}`);
  }
  parts.push(settlementPart(s, line));
  return parts.join(' ; ');
}
