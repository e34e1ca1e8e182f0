/**
 * The input tables of contract §1, with their canonical headers (as written in the
 * template the task pane creates). Names and headers are matched with `normalizeName`.
 */

/** Definition of one input table. */
export interface TableDefinition {
  /** Canonical name (`Parametres`, `Membres`…), also the Excel table name of the template. */
  readonly name: string;
  /** Whether a valid workbook must contain it. */
  readonly required: boolean;
  /** Canonical headers in template order. */
  readonly headers: readonly string[];
  /** Headers that must be present when the table is. */
  readonly requiredHeaders: readonly string[];
}

/** Every input table of the contract, in the order a template lays them out. */
export const CONTRACT_TABLES: readonly TableDefinition[] = [
  {
    name: 'Parametres',
    required: true,
    headers: ['Paramètre', 'Valeur'],
    requiredHeaders: ['Paramètre', 'Valeur'],
  },
  {
    name: 'Membres',
    required: true,
    headers: [
      'Membre',
      'Type',
      'SIRET',
      'Porteur',
      'Attribution de compensation',
      'Entrée',
      'Sortie',
      'Population',
      'Agents',
      'Postes',
    ],
    requiredHeaders: ['Membre'],
  },
  {
    name: 'Services',
    required: true,
    headers: [
      'Service',
      'Modèle',
      'Clé',
      'Unité',
      'Coût unitaire',
      'Frais de gestion',
      'Règlement',
      'Exécution',
      'Compte',
      'Échéances',
      'Convention',
    ],
    requiredHeaders: ['Service', 'Modèle'],
  },
  {
    name: 'Charges',
    required: true,
    headers: ['Service', 'Libellé', 'Nature', 'Section', 'Montant', 'Éligible', 'Membre'],
    requiredHeaders: ['Service', 'Montant'],
  },
  {
    name: 'Usages',
    required: false,
    headers: ['Service', 'Membre', 'Unité', 'Quantité'],
    requiredHeaders: ['Service', 'Membre', 'Unité', 'Quantité'],
  },
  {
    name: 'Adhesions',
    required: false,
    headers: ['Service', 'Membre', 'Palier'],
    requiredHeaders: ['Service', 'Membre'],
  },
  {
    name: 'Paliers',
    required: false,
    headers: ['Service', 'Palier', 'Coût'],
    requiredHeaders: ['Service', 'Palier', 'Coût'],
  },
  {
    name: 'Scenarios',
    required: false,
    headers: ['Scénario', 'Service', 'Clé'],
    requiredHeaders: ['Scénario', 'Service', 'Clé'],
  },
  {
    name: 'CoutsAutonomes',
    required: false,
    headers: ['Membre', 'Montant'],
    requiredHeaders: ['Membre', 'Montant'],
  },
  {
    name: 'Acomptes',
    required: false,
    headers: ['Membre', 'Service', 'Montant'],
    requiredHeaders: ['Membre', 'Service', 'Montant'],
  },
  {
    name: 'Ventilations',
    required: false,
    headers: ['Service support', 'Service', 'Poids'],
    requiredHeaders: ['Service support', 'Service', 'Poids'],
  },
  {
    name: 'Echeancier',
    required: false,
    headers: ['Période', "Date d'émission"],
    requiredHeaders: ['Période', "Date d'émission"],
  },
  {
    name: 'Historique',
    required: false,
    headers: ['Membre', 'Service', 'Montant'],
    requiredHeaders: ['Membre', 'Service', 'Montant'],
  },
];

/** Parameter names of the `Parametres` table, canonical spelling. */
export const PARAMETER_NAMES = [
  'Exercice',
  'Organisme',
  'Convention',
  "Date d'émission",
  'Arrondi',
  "Méthode d'arrondi",
  'Arrondi coût unitaire',
  'Premier numéro de titre',
  'Seuil minimal de titre',
  'Annexes',
  'Méthode de ventilation',
  'Numérotation',
  'Comptes par type de débiteur',
] as const;

/** Up to this many members, the printable annex sheets are written unless `Annexes` = Non. */
export const ANNEX_MEMBER_LIMIT = 2000;

/**
 * Optional `Membres` columns that code the debtor for the finance software (never
 * criteria, even when numeric): they flow into titres exports.
 */
export const MEMBER_CODING_COLUMNS = [
  'Catégorie de tiers',
  'Nature juridique',
  'Code service',
  'Engagement juridique',
  'Code tiers',
  'Adresse',
  'Code postal',
  'Ville',
] as const;

/** `Membres` columns with a fixed meaning (never criteria). */
export const MEMBER_FIXED_COLUMNS = [
  'Membre',
  'Type',
  'SIRET',
  'Porteur',
  'Attribution de compensation',
  'Entrée',
  'Sortie',
] as const;

/** Member types of the contract (others give a warning). */
export const MEMBER_TYPES = [
  'Commune',
  'EPCI',
  'Syndicat',
  'CCAS',
  'Hôpital',
  'État',
  'Département',
  'Région',
  'Autre',
] as const;
