/**
 * Every problem code, as docs/problemes.md lists them (a test checks both ways): a code is
 * a stable promise to programs reading the JSON, so a typo in one must not compile.
 */

/** The codes, in the order of docs/problemes.md. */
export const PROBLEM_CODES = [
  // Lecture des cellules
  'NOMBRE_INVALIDE',
  'BOOLEEN_INVALIDE',
  'DATE_INVALIDE',
  'ENTIER_ATTENDU',
  'VALEUR_ERREUR',
  'VALEUR_ERREUR_INFORMATIVE',
  'FUSION_CELLULES',
  'PARTIE_ILLISIBLE',
  // Tableaux et colonnes
  'TABLE_MANQUANTE',
  'COLONNE_MANQUANTE',
  'EN_TETE_EN_DOUBLE',
  'MEMBRES_VIDE',
  'SERVICES_VIDE',
  // Parametres
  'EXERCICE_MANQUANT',
  'EXERCICE_INVALIDE',
  'PARAMETRE_INVALIDE',
  'PARAMETRE_EN_DOUBLE',
  'METHODE_ARRONDI_INCONNUE',
  'PARAMETRE_INCONNU',
  // Membres
  'MEMBRE_SANS_NOM',
  'MEMBRE_EN_DOUBLE',
  'ENTREE_APRES_SORTIE',
  'PORTEURS_MULTIPLES',
  'PORTEUR_MANQUANT',
  'AC_MANQUANTE',
  'SIRET_INVALIDE',
  'SIREN_AU_LIEU_DE_SIRET',
  'TYPE_INCONNU',
  // Services
  'SERVICE_SANS_NOM',
  'SERVICE_EN_DOUBLE',
  'MODELE_MANQUANT',
  'MODELE_INCONNU',
  'CLE_MANQUANTE',
  'UNITE_MANQUANTE',
  'COUT_UNITAIRE_NEGATIF',
  'FRAIS_INVALIDES',
  'REGLEMENT_INCONNU',
  'REGLEMENT_AC_HORS_SERVICE_COMMUN',
  'EXECUTION_INCONNUE',
  'ECHEANCES_INVALIDES',
  'FRAIS_IGNORES',
  // Clés de répartition
  'CLE_INVALIDE',
  'CRITERE_INCONNU',
  'CRITERE_NON_NUMERIQUE',
  'CRITERE_NEGATIF',
  'CLE_TOTAL_NUL',
  // Charges, Usages, Adhesions, CoutsAutonomes, Acomptes
  'SERVICE_MANQUANT',
  'MEMBRE_MANQUANT',
  'SERVICE_INCONNU',
  'MEMBRE_INCONNU',
  'MONTANT_MANQUANT',
  'MONTANT_HORS_LIMITE',
  'QUANTITE_MANQUANTE',
  'QUANTITE_NEGATIVE',
  'USAGE_HORS_ADHESION',
  'CHARGE_MEMBRE_INTERDITE',
  'CHARGE_MEMBRE_NON_ADHERENT',
  'UNITES_NULLES',
  // Scenarios
  'SCENARIO_SANS_NOM',
  'SCENARIO_REFERENCE_RESERVE',
  'SCENARIO_SERVICE_EN_DOUBLE',
  'SCENARIO_SUR_MISE_A_DISPOSITION',
  // Facturation
  'TITRE_SOUS_SEUIL',
  'MONTANT_FACTURE_NEGATIF',
  'ACOMPTE_SANS_FACTURATION',
  // Annexes
  'ANNEXE_MEMBRE_INCONNU',
  // Lecture du classeur dans Excel (complément)
  'EN_TETES_MASQUES',
] as const;

/** A problem code: `Problem.code`, and what `ProblemList.error` and `warning` take. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];
