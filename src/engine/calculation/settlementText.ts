/**
 * How a participant's amount is settled, in words, after its calculation: billed by
 * titre, imputed on the attribution de compensation, paid to the supplier, or the
 * porteur's own use. Shared by the annex's `Calcul` column and the base de liquidation.
 */
import { euros } from './calculationText';

/** The settlement figures of a line (decimal strings as in `QP Quote-parts`). */
export interface SettlementFigures {
  readonly settlement: 'titre' | 'ac' | 'direct' | 'own-use';
  readonly quotePart: string;
  readonly fee: string;
  readonly billed: string;
}

function isZero(decimal: string): boolean {
  return /^-?0*(\.0*)?$/.test(decimal);
}

/** `facturé 14 473,72 €`, `imputé sur l'attribution de compensation : …`, … */
export function settlementText(f: SettlementFigures): string {
  switch (f.settlement) {
    case 'own-use':
      return 'usage propre du porteur, non facturé';
    case 'ac':
      return `imputé sur l\u2019attribution de compensation : ${euros(f.quotePart)}`;
    case 'direct':
      return `quote-part payée directement au fournisseur ; facturé : frais ${euros(f.billed)}`;
    default:
      // Only a coordinator's fee is billed beside the quote-part (an overhead is in the base).
      return !isZero(f.fee)
        ? `facturé : quote-part ${euros(f.quotePart)} + frais ${euros(f.fee)} = ${euros(f.billed)}`
        : `facturé ${euros(f.billed)}`;
  }
}
