/**
 * Why Σ quote-parts differs from the base of a service (contract §4.6), in the words of
 * `QP Contrôles` and of the annex's cost-base section: a service shared by units at a
 * price fixed by the convention (a Mise à disposition) differs from the actual cost by design (price × units vs
 * cost), one at a computed unit cost by the rounding of that cost; `Ligne à ligne`
 * rounds each quote-part on its own; the largest remainder never differs.
 */

/** What decides the explanation of a service's difference. */
export interface DifferenceCase {
  /** How the model shares the cost (`FUNDING_MODELS[model].sharing`): `units` at a unit cost, or by `key`. */
  readonly sharing: 'key' | 'units' | 'ventilation' | null;
  readonly unitCostFixed: boolean;
  readonly method: 'plus-forts-restes' | 'ligne-a-ligne';
  /** Whether Σ quote-parts equals the base. */
  readonly zero: boolean;
}

/** The explanation of a service's difference between Σ quote-parts and its base. */
export function differenceText(c: DifferenceCase): string {
  if (c.zero) return 'Conforme : les quote-parts couvrent exactement la base.';
  if (c.sharing === 'units')
    return c.unitCostFixed
      ? 'Écart entre le prix fixé par la convention (coût unitaire × unités) et le coût constaté du service (CGCT D5211-16), non réparti.'
      : 'Écart d\u2019arrondi du coût unitaire × unités (CGCT D5211-16), non réparti.';
  if (c.method === 'ligne-a-ligne')
    return 'Écart d\u2019arrondi ligne à ligne (chaque quote-part arrondie séparément).';
  return 'Écart inattendu : signalez-le.';
}
