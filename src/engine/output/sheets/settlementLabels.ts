/** French labels of the settlement kinds, for the `Règlement` column of `QP Quote-parts`. */

/** French label of a settlement kind. */
export const SETTLEMENT_LABELS: Readonly<Record<string, string>> = {
  titre: 'Titre de recettes',
  ac: 'Attribution de compensation',
  direct: 'Paiement direct au fournisseur',
  'own-use': 'Usage propre (porteur)',
};
