/**
 * Profiles of the titres export: each one sets the columns (header and field, optional
 * maximum length), separator, decimal mark, date format and encoding. `generique` is the
 * documented generic layout; the others are *inspired by* what finance packages commonly
 * import — we had no vendor specification: check them against your software before use
 * (docs/exports.md). A new profile is one entry of EXPORT_PROFILES.
 */
import type { ExportField } from './exportFields';

/** A column of an export file. */
export interface ExportColumn {
  readonly header: string;
  readonly field: ExportField;
  /** Longer values are cut (and counted in the export's notices). */
  readonly maxLength?: number;
}

/** Date formats an import may expect. */
export type ExportDateFormat = 'JJ/MM/AAAA' | 'AAAA-MM-JJ' | 'AAAAMMJJ';

/** A named export profile. */
export interface ExportProfile {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly separator: ';' | ',' | '\t' | '|';
  readonly decimalMark: ',' | '.';
  readonly dateFormat: ExportDateFormat;
  readonly encoding: 'utf-8' | 'iso-8859-1';
  /** UTF-8 byte order mark (lets Excel open the file with accents right). */
  readonly bom: boolean;
  readonly titreColumns: readonly ExportColumn[];
  readonly reductionColumns: readonly ExportColumn[];
}

const c = (header: string, field: ExportField, maxLength?: number): ExportColumn =>
  maxLength === undefined ? { header, field } : { header, field, maxLength };

/** The columns of the generic layout, named after their field. */
const GENERIC_TITRES: readonly ExportField[] = [
  'exercice',
  'numero_titre',
  'numero_ligne',
  'date_emission',
  'debiteur',
  'siret',
  'objet',
  'compte_nature',
  'fonction',
  'service',
  'montant',
  'periode',
  'base_liquidation',
  'reference_convention',
  'type_ligne',
  'categorie_tiers',
  'nature_juridique',
  'code_service',
  'engagement_juridique',
  'code_tiers',
  'adresse',
  'code_postal',
  'ville',
];
const GENERIC_REDUCTIONS: readonly ExportField[] = [
  'exercice',
  'date_emission',
  'debiteur',
  'siret',
  'objet',
  'compte_nature',
  'fonction',
  'service',
  'montant',
  'montant_du',
  'acomptes',
  'motif',
  'reference_convention',
  'categorie_tiers',
  'nature_juridique',
  'code_service',
  'engagement_juridique',
  'code_tiers',
  'adresse',
  'code_postal',
  'ville',
];

/** Every profile, the generic one first. */
export const EXPORT_PROFILES: readonly ExportProfile[] = [
  {
    name: 'generique',
    label: 'Générique (documenté)',
    description:
      'Disposition générique documentée : point-virgule, virgule décimale, dates JJ/MM/AAAA, UTF-8 avec BOM.',
    separator: ';',
    decimalMark: ',',
    dateFormat: 'JJ/MM/AAAA',
    encoding: 'utf-8',
    bom: true,
    titreColumns: GENERIC_TITRES.map((f) => c(f, f, f === 'objet' ? 160 : undefined)),
    reductionColumns: GENERIC_REDUCTIONS.map((f) => c(f, f, f === 'objet' ? 160 : undefined)),
  },
  {
    name: 'emagnus',
    label: 'Inspiré d\u2019e.magnus (Berger-Levrault)',
    description:
      'Inspiré des imports de titres d\u2019e.magnus, sans spécification de l\u2019éditeur : point-virgule, virgule décimale, JJ/MM/AAAA, ISO-8859-1.',
    separator: ';',
    decimalMark: ',',
    dateFormat: 'JJ/MM/AAAA',
    encoding: 'iso-8859-1',
    bom: false,
    titreColumns: [
      c('EXERCICE', 'exercice'),
      c('NUM_TITRE', 'numero_titre'),
      c('NUM_LIGNE', 'numero_ligne'),
      c('DATE_EMISSION', 'date_emission'),
      c('CODE_TIERS', 'code_tiers'),
      c('NOM_TIERS', 'debiteur', 100),
      c('SIRET', 'siret'),
      c('CATEGORIE_TIERS', 'categorie_tiers'),
      c('NATURE_JURIDIQUE', 'nature_juridique'),
      c('ADRESSE', 'adresse'),
      c('CODE_POSTAL', 'code_postal'),
      c('VILLE', 'ville'),
      c('OBJET', 'objet', 160),
      c('NATURE', 'compte_nature'),
      c('FONCTION', 'fonction'),
      c('MONTANT', 'montant'),
      c('PERIODE', 'periode'),
      c('BASE_LIQUIDATION', 'base_liquidation'),
      c('CODE_SERVICE_CHORUS', 'code_service'),
      c('ENGAGEMENT_JURIDIQUE', 'engagement_juridique'),
      c('CONVENTION', 'reference_convention'),
    ],
    reductionColumns: [
      c('EXERCICE', 'exercice'),
      c('DATE_EMISSION', 'date_emission'),
      c('CODE_TIERS', 'code_tiers'),
      c('NOM_TIERS', 'debiteur', 100),
      c('SIRET', 'siret'),
      c('OBJET', 'objet', 160),
      c('NATURE', 'compte_nature'),
      c('FONCTION', 'fonction'),
      c('MONTANT', 'montant'),
      c('MOTIF', 'motif'),
      c('CONVENTION', 'reference_convention'),
    ],
  },
  {
    name: 'ciril',
    label: 'Inspiré de Ciril (Civil Net Finances)',
    description:
      'Inspiré des imports de Civil Net Finances, sans spécification de l\u2019éditeur : tabulation, point décimal, JJ/MM/AAAA, ISO-8859-1.',
    separator: '\t',
    decimalMark: '.',
    dateFormat: 'JJ/MM/AAAA',
    encoding: 'iso-8859-1',
    bom: false,
    titreColumns: [
      c('Exercice', 'exercice'),
      c('Numero piece', 'numero_titre'),
      c('Numero ligne', 'numero_ligne'),
      c('Date emission', 'date_emission'),
      c('Code tiers', 'code_tiers'),
      c('Raison sociale', 'debiteur', 100),
      c('SIRET', 'siret'),
      c('Libelle', 'objet', 160),
      c('Article', 'compte_nature'),
      c('Fonction', 'fonction'),
      c('Service', 'service'),
      c('Montant', 'montant'),
      c('Periode', 'periode'),
      c('Liquidation', 'base_liquidation'),
      c('Code service', 'code_service'),
      c('Engagement', 'engagement_juridique'),
      c('Reference', 'reference_convention'),
    ],
    reductionColumns: [
      c('Exercice', 'exercice'),
      c('Date emission', 'date_emission'),
      c('Code tiers', 'code_tiers'),
      c('Raison sociale', 'debiteur', 100),
      c('SIRET', 'siret'),
      c('Libelle', 'objet', 160),
      c('Article', 'compte_nature'),
      c('Fonction', 'fonction'),
      c('Montant', 'montant'),
      c('Motif', 'motif'),
      c('Reference', 'reference_convention'),
    ],
  },
  {
    name: 'pes-csv',
    label: 'Inspiré du PES V2 recette (CSV)',
    description:
      'Colonnes nommées d\u2019après les balises du PES V2 recette, sans spécification DGFiP : point-virgule, point décimal, AAAA-MM-JJ, ISO-8859-1, nom ≤ 38, objet ≤ 160.',
    separator: ';',
    decimalMark: '.',
    dateFormat: 'AAAA-MM-JJ',
    encoding: 'iso-8859-1',
    bom: false,
    titreColumns: [
      c('Exer', 'exercice'),
      c('IdPce', 'numero_titre'),
      c('IdLigne', 'numero_ligne'),
      c('DteEm', 'date_emission'),
      c('CatTiers', 'categorie_tiers'),
      c('NatJur', 'nature_juridique'),
      c('Nom', 'debiteur', 38),
      c('Siret', 'siret'),
      c('Adr2', 'adresse', 38),
      c('CP', 'code_postal'),
      c('Ville', 'ville', 38),
      c('CodeServiceChorus', 'code_service'),
      c('NumEJ', 'engagement_juridique'),
      c('Obj', 'objet', 160),
      c('Nature', 'compte_nature'),
      c('Fonction', 'fonction'),
      c('CodProdLoc', 'code_produit'),
      c('MtHT', 'montant'),
      c('Periode', 'periode'),
      c('Liquidation', 'base_liquidation'),
      c('RefConvention', 'reference_convention'),
    ],
    reductionColumns: [
      c('Exer', 'exercice'),
      c('DteEm', 'date_emission'),
      c('CatTiers', 'categorie_tiers'),
      c('NatJur', 'nature_juridique'),
      c('Nom', 'debiteur', 38),
      c('Siret', 'siret'),
      c('Obj', 'objet', 160),
      c('Nature', 'compte_nature'),
      c('Fonction', 'fonction'),
      c('CodProdLoc', 'code_produit'),
      c('MtHT', 'montant'),
      c('Motif', 'motif', 160),
      c('RefConvention', 'reference_convention'),
    ],
  },
];

/** Name of the profile used when none is named. */
export const DEFAULT_EXPORT_PROFILE = 'generique';
