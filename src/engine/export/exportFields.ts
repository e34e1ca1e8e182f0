/**
 * The fields an export profile can put in its columns (docs/exports.md gives each one's
 * meaning). A record of the titres file is one titre line; a record of the reductions
 * file is one reduction. Amounts are decimal strings with a dot and dates ISO until the
 * profile formats them.
 */

/** Fields of the titres and reductions files. */
export type ExportField =
  | 'exercice'
  | 'organisme'
  | 'numero_titre'
  | 'numero_ligne'
  | 'date_emission'
  | 'debiteur'
  | 'siret'
  | 'type_debiteur'
  | 'categorie_tiers'
  | 'nature_juridique'
  | 'code_service'
  | 'engagement_juridique'
  | 'code_tiers'
  | 'adresse'
  | 'code_postal'
  | 'ville'
  | 'objet'
  | 'compte_nature'
  | 'fonction'
  | 'service'
  | 'code_produit'
  | 'type_ligne'
  | 'montant'
  | 'montant_du'
  | 'acomptes'
  | 'periode'
  | 'base_liquidation'
  | 'motif'
  | 'reference_convention';

/** Fields holding an amount (written with the profile's decimal mark). */
export const AMOUNT_FIELDS: ReadonlySet<ExportField> = new Set([
  'montant',
  'montant_du',
  'acomptes',
]);

/** Fields holding a date (written in the profile's date format). */
export const DATE_FIELDS: ReadonlySet<ExportField> = new Set(['date_emission']);

/** Member coding column of `Membres` (MEMBER_CODING_COLUMNS) feeding each coding field. */
export const CODING_FIELDS: Readonly<Partial<Record<ExportField, string>>> = {
  categorie_tiers: 'Catégorie de tiers',
  nature_juridique: 'Nature juridique',
  code_service: 'Code service',
  engagement_juridique: 'Engagement juridique',
  code_tiers: 'Code tiers',
  adresse: 'Adresse',
  code_postal: 'Code postal',
  ville: 'Ville',
};

/** One record before formatting: a value per field (blank when it does not apply). */
export type ExportRecord = Readonly<Partial<Record<ExportField, string>>>;
