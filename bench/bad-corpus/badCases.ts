/**
 * The bad-input corpus (test/fixtures/bad/): one workbook per way a finance officer's
 * file can go wrong, each with the outcome the contract asks for: refused with a located
 * error (code, table, Excel row, column), accepted (possibly with a warning, possibly
 * with exactly the sample's results), or not a workbook at all (exit 2).
 */
import ExcelJS from 'exceljs';
import type { SampleCell, SampleTable } from '../../src/workbook/sample/sampleData';
import { SAMPLE_ACOMPTES, SAMPLE_TABLES } from '../../src/workbook/sample/sampleData';
import { withFixedZipTimestamps } from '../../scripts/support/deterministicZip';
import {
  editPackage,
  fromSample,
  rowWhere,
  setCell,
  setExcelCell,
  sheetPartName,
  tableOf,
} from './corpusBuilders';
import { SUPPORT_AND_STRICTER_CASES } from './supportCases';

/** What the CLI must do with a corpus file. */
export type Expected =
  /** Exit 1, no output workbook, and among the errors this one, at this place. */
  | {
      readonly outcome: 'refused';
      readonly code: string;
      readonly table: string;
      readonly row: number | null;
      readonly column: string | null;
    }
  /** Exit 0, output written; `warning`: this warning code is reported; `sameAsSample`: quote-parts and titres are the sample's. */
  | { readonly outcome: 'accepted'; readonly warning?: string; readonly sameAsSample?: boolean }
  /** Exit 2: the file is not a readable workbook; nothing written. */
  | { readonly outcome: 'unreadable' };

/** One corpus file. */
export interface BadCase {
  /** File name under test/fixtures/bad/. */
  readonly file: string;
  /** What is wrong, in French. */
  readonly description: string;
  readonly expected: Expected;
  /** Id of the entry of bench/FINDINGS.md when the CLI does not do this yet (the test then expects the failure). */
  readonly finding?: string;
  /** Builds the file's bytes (deterministic). */
  readonly build: () => Promise<Uint8Array>;
}

const SCI = 'Service commun informatique';
const ASSISTANCE = 'Assistance utilisateurs';
const refused = (
  code: string,
  table: string,
  row: number | null,
  column: string | null,
): Expected => ({ outcome: 'refused', code, table, row, column });
const warned = (warning: string): Expected => ({ outcome: 'accepted', warning });
const same: Expected = { outcome: 'accepted', sameAsSample: true };

/** The sample's own bytes, as the sample generator writes them (the base of package-level cases). */
const sampleBytes = fromSample(() => undefined);

/** One cell changed at the data level. */
function cellCase(
  file: string,
  description: string,
  table: string,
  rowIndex: number,
  header: string,
  value: SampleCell,
  expected: Expected,
): BadCase {
  return {
    file,
    description,
    expected,
    build: fromSample((t) => setCell(t, table, rowIndex, header, value)),
  };
}

/** One cell set through exceljs (error values, formulas). */
function excelCellCase(
  file: string,
  description: string,
  table: string,
  rowIndex: number,
  header: string,
  value: ExcelJS.CellValue,
  expected: Expected,
): BadCase {
  return {
    file,
    description,
    expected,
    build: fromSample(
      () => undefined,
      (wb, t) => setExcelCell(wb, t, table, rowIndex, header, value),
    ),
  };
}

function renameHeader(tables: SampleTable[], table: string, from: string, to: string): void {
  const t = tableOf(tables, table);
  t.headers[t.headers.indexOf(from)] = to;
}

/** Members rows of Pontvieux (joins on 1 July 2026) and Saint-Aurèle (AC-settled commune). */
const PONTVIEUX = 6;
const SAINT_AURELE = 1;

const HOSTING = 'Hébergement applicatif';

/** The Adhesions row of the first member of the tiered hosting service (contract §6.3). */
const hostingRow = (t: SampleTable[]) => rowWhere(t, 'Adhesions', 'Service', HOSTING);
const HOSTING_ADHESION_ROW = hostingRow(sampleTablesOnce());

function sampleTablesOnce(): SampleTable[] {
  return SAMPLE_TABLES.map((t) => ({ ...t, rows: t.rows.map((r) => [...r]) }));
}

/** The v1.1 errors (§6.3–§6.5): one `error_*` workbook each, built from the sample. */
const V11_CASES: readonly BadCase[] = [
  cellCase(
    'error_palier-inconnu.xlsx',
    'Palier d’Adhesions absent de Paliers (faute de frappe)',
    'Adhesions',
    HOSTING_ADHESION_ROW,
    'Palier',
    'Astreinte 24h/24',
    refused('PALIER_INCONNU', 'Adhesions', HOSTING_ADHESION_ROW + 2, 'Palier'),
  ),
  cellCase(
    'error_palier-manquant.xlsx',
    'Participant d’un service à paliers sans Palier',
    'Adhesions',
    HOSTING_ADHESION_ROW,
    'Palier',
    null,
    refused('PALIER_MANQUANT', 'Adhesions', HOSTING_ADHESION_ROW + 2, 'Palier'),
  ),
  cellCase(
    'error_palier-cout-negatif.xlsx',
    'Coût de palier négatif',
    'Paliers',
    0,
    'Coût',
    -18000,
    refused('PALIER_COUT_NEGATIF', 'Paliers', 2, 'Coût'),
  ),
  cellCase(
    'error_palier-en-double.xlsx',
    'Deux paliers de même nom pour un service',
    'Paliers',
    1,
    'Palier',
    'HEBERGEMENT SIMPLE',
    refused('PALIER_EN_DOUBLE', 'Paliers', 3, 'Palier'),
  ),
  cellCase(
    'error_palier-sans-nom.xlsx',
    'Ligne de Paliers sans nom de palier',
    'Paliers',
    2,
    'Palier',
    null,
    refused('PALIER_SANS_NOM', 'Paliers', 4, 'Palier'),
  ),
  {
    file: 'error_palier-contradictoire.xlsx',
    description: 'Deux paliers différents pour le même membre et le même service',
    expected: refused(
      'PALIER_CONTRADICTOIRE',
      'Adhesions',
      tableOf(SAMPLE_TABLES, 'Adhesions').rows.length + 2,
      'Palier',
    ),
    build: fromSample((t) => {
      const first = tableOf(t, 'Adhesions').rows[hostingRow(t)] ?? [];
      tableOf(t, 'Adhesions').rows.push([HOSTING, first[1] ?? null, 'Hébergement simple']);
    }),
  },
  {
    file: 'error_paliers-absents.xlsx',
    description: 'Clé Paliers pour un service sans ligne dans Paliers',
    expected: refused(
      'PALIERS_ABSENTS',
      'Services',
      rowWhere(SAMPLE_TABLES, 'Services', 'Service', HOSTING) + 2,
      'Clé',
    ),
    build: fromSample((t) => {
      for (const row of tableOf(t, 'Paliers').rows) row[0] = 'Messagerie';
    }),
  },
  cellCase(
    'error_coalition-membre-en-double.xlsx',
    'Groupe de CoutsAutonomes nommant deux fois le même membre',
    'CoutsAutonomes',
    14,
    'Membre',
    'Pontvieux + Fontclaire + Pontvieux',
    refused('COALITION_MEMBRE_EN_DOUBLE', 'CoutsAutonomes', 16, 'Membre'),
  ),
  cellCase(
    'error_coalition-en-double.xlsx',
    'Même groupe de membres sur deux lignes de CoutsAutonomes (autre ordre)',
    'CoutsAutonomes',
    14,
    'Membre',
    "Castelnau-d'Aurèle + Lavergne-les-Prés",
    refused('COALITION_EN_DOUBLE', 'CoutsAutonomes', 16, 'Membre'),
  ),
  cellCase(
    'error_coalition-nom-vide.xlsx',
    'Groupe de CoutsAutonomes terminé par « + » (nom vide)',
    'CoutsAutonomes',
    14,
    'Membre',
    'Pontvieux + ',
    refused('MEMBRE_INCONNU', 'CoutsAutonomes', 16, 'Membre'),
  ),
  cellCase(
    'error_historique-membre-inconnu.xlsx',
    'Membre inconnu dans Historique',
    'Historique',
    0,
    'Membre',
    'Val-d’Aurèle',
    refused('MEMBRE_INCONNU', 'Historique', 2, 'Membre'),
  ),
  cellCase(
    'error_historique-montant-vide.xlsx',
    'Montant vide dans Historique',
    'Historique',
    0,
    'Montant',
    null,
    refused('MONTANT_MANQUANT', 'Historique', 2, 'Montant'),
  ),
  cellCase(
    'warning_palier-ignore.xlsx',
    'Palier donné pour un service dont la clé n’utilise pas Paliers',
    'Adhesions',
    0,
    'Palier',
    'Astreinte 24/7',
    warned('PALIER_IGNORE'),
  ),
];

/** Every corpus file, in manifest order. */
export const BAD_CASES: readonly BadCase[] = [
  ...V11_CASES,
  cellCase(
    'charges-montant-texte.xlsx',
    'Texte dans un Montant',
    'Charges',
    0,
    'Montant',
    'six cent mille',
    refused('NOMBRE_INVALIDE', 'Charges', 2, 'Montant'),
  ),
  excelCellCase(
    'charges-montant-na.xlsx',
    'Erreur #N/A dans un Montant',
    'Charges',
    1,
    'Montant',
    { error: '#N/A' },
    refused('VALEUR_ERREUR', 'Charges', 3, 'Montant'),
  ),
  excelCellCase(
    'charges-montant-div0.xlsx',
    'Erreur #DIV/0! dans un Montant',
    'Charges',
    3,
    'Montant',
    { error: '#DIV/0!' },
    refused('VALEUR_ERREUR', 'Charges', 5, 'Montant'),
  ),
  excelCellCase(
    'usages-quantite-ref.xlsx',
    'Erreur #REF! dans une Quantité',
    'Usages',
    2,
    'Quantité',
    { error: '#REF!' },
    refused('VALEUR_ERREUR', 'Usages', 4, 'Quantité'),
  ),
  excelCellCase(
    'charges-libelle-na.xlsx',
    'Erreur #N/A dans un Libellé (colonne informative)',
    'Charges',
    0,
    'Libellé',
    { error: '#N/A' },
    warned('VALEUR_ERREUR_INFORMATIVE'),
  ),
  excelCellCase(
    'membres-type-ref.xlsx',
    'Erreur #REF! dans un Type (colonne informative)',
    'Membres',
    2,
    'Type',
    { error: '#REF!' },
    warned('VALEUR_ERREUR_INFORMATIVE'),
  ),
  excelCellCase(
    'charges-formule-avec-valeur.xlsx',
    'Formule avec valeur calculée dans un Montant',
    'Charges',
    0,
    'Montant',
    { formula: '600000+12400', result: 612400 },
    same,
  ),
  excelCellCase(
    'charges-formule-sans-valeur.xlsx',
    'Formule sans valeur calculée dans un Montant',
    'Charges',
    0,
    'Montant',
    { formula: '600000+12400' } as ExcelJS.CellValue,
    refused('VALEUR_ERREUR', 'Charges', 2, 'Montant'),
  ),
  {
    file: 'membres-fusion-type.xlsx',
    description: 'Cellules fusionnées dans la colonne Type de Membres',
    expected: warned('FUSION_CELLULES'),
    build: fromSample(
      () => undefined,
      (wb) => wb.getWorksheet('Membres')?.mergeCells('B3:B4'),
    ),
  },
  {
    file: 'charges-fusion-montant.xlsx',
    description: 'Cellules fusionnées sur deux Montants (le second devient vide)',
    expected: refused('MONTANT_MANQUANT', 'Charges', 3, 'Montant'),
    build: fromSample(
      () => undefined,
      (wb) => wb.getWorksheet('Charges')?.mergeCells('E2:E3'),
    ),
  },
  {
    file: 'membres-lignes-masquees.xlsx',
    description: 'Lignes masquées dans Membres (des données comme les autres)',
    expected: same,
    build: fromSample(
      () => undefined,
      (wb) => {
        const sheet = wb.getWorksheet('Membres');
        for (const row of [3, 5, 15]) if (sheet) sheet.getRow(row).hidden = true;
      },
    ),
  },
  {
    file: 'membres-lignes-filtrees.xlsx',
    description:
      'Filtre actif sur la colonne Type de Membres (lignes filtrées : des données comme les autres)',
    expected: same,
    build: async () => {
      const bytes = await fromSample(
        () => undefined,
        (wb) => {
          const sheet = wb.getWorksheet('Membres');
          for (const row of [2, 15]) if (sheet) sheet.getRow(row).hidden = true;
        },
      )();
      return editPackage(bytes, (parts) => {
        for (const [name, xml] of parts) {
          if (!name.startsWith('xl/tables/') || !xml.includes('name="Membres"')) continue;
          parts.set(
            name,
            xml.replace(
              /<autoFilter ref="([^"]+)"\s*\/>/,
              '<autoFilter ref="$1"><filterColumn colId="1"><filters><filter val="Commune"/></filters></filterColumn></autoFilter>',
            ),
          );
        }
      });
    },
  },
  {
    file: 'charges-lignes-vides.xlsx',
    description: 'Lignes entièrement vides au milieu de Charges (ignorées)',
    expected: same,
    build: fromSample((t) => {
      const charges = tableOf(t, 'Charges');
      charges.rows.splice(
        5,
        0,
        charges.headers.map(() => null),
        charges.headers.map(() => null),
      );
    }),
  },
  {
    file: 'charges-en-tete-double.xlsx',
    description: 'En-tête Montant en double dans Charges',
    expected: refused('EN_TETE_EN_DOUBLE', 'Charges', 1, 'Montant'),
    build: fromSample((t) => renameHeader(t, 'Charges', 'Nature', 'Montant')),
  },
  {
    file: 'charges-en-tete-mal-orthographie.xlsx',
    description: 'En-tête Montant mal orthographié (« Montnat »)',
    expected: refused('COLONNE_MANQUANTE', 'Charges', 1, 'Montant'),
    build: fromSample((t) => renameHeader(t, 'Charges', 'Montant', 'Montnat')),
  },
  {
    file: 'services-table-manquante.xlsx',
    description: 'Table Services absente',
    expected: refused('TABLE_MANQUANTE', 'Services', null, null),
    build: fromSample((t) =>
      t.splice(
        t.findIndex((x) => x.name === 'Services'),
        1,
      ),
    ),
  },
  cellCase(
    'charges-service-inconnu.xlsx',
    'Service inconnu dans Charges',
    'Charges',
    0,
    'Service',
    'Service comun informatique',
    refused('SERVICE_INCONNU', 'Charges', 2, 'Service'),
  ),
  cellCase(
    'usages-membre-inconnu.xlsx',
    'Membre inconnu dans Usages',
    'Usages',
    1,
    'Membre',
    'Lavergne-sur-Prés',
    refused('MEMBRE_INCONNU', 'Usages', 3, 'Membre'),
  ),
  cellCase(
    'services-critere-inconnu.xlsx',
    'Critère inconnu dans une clé (« Agent »)',
    'Services',
    0,
    'Clé',
    '50% Population + 30% Agent + 20% Postes',
    refused('CRITERE_INCONNU', 'Services', 2, 'Clé'),
  ),
  cellCase(
    'services-poids-hors-100.xlsx',
    'Poids de clé dont la somme fait 90 %',
    'Services',
    0,
    'Clé',
    '50% Population + 30% Agents + 10% Postes',
    refused('CLE_INVALIDE', 'Services', 2, 'Clé'),
  ),
  cellCase(
    'usages-quantite-negative.xlsx',
    'Quantité négative',
    'Usages',
    3,
    'Quantité',
    -5,
    refused('QUANTITE_NEGATIVE', 'Usages', 5, 'Quantité'),
  ),
  cellCase(
    'membres-deux-porteurs.xlsx',
    'Deux porteurs',
    'Membres',
    SAINT_AURELE,
    'Porteur',
    'Oui',
    refused('PORTEURS_MULTIPLES', 'Membres', 3, 'Porteur'),
  ),
  {
    file: 'membres-sans-porteur.xlsx',
    description: 'Aucun porteur alors que des titres sont dus',
    expected: refused('PORTEUR_MANQUANT', 'Membres', null, 'Porteur'),
    build: fromSample((t) => {
      setCell(t, 'Membres', 0, 'Porteur', null);
      setCell(t, 'Membres', 0, 'Attribution de compensation', 0);
    }),
  },
  cellCase(
    'membres-ac-manquante.xlsx',
    'AC vide pour une commune réglée sur l’AC',
    'Membres',
    SAINT_AURELE,
    'Attribution de compensation',
    null,
    refused('AC_MANQUANTE', 'Membres', 3, 'Attribution de compensation'),
  ),
  cellCase(
    'membres-date-texte-fr.xlsx',
    'Date d’entrée en texte JJ/MM/AAAA',
    'Membres',
    PONTVIEUX,
    'Entrée',
    '01/07/2026',
    same,
  ),
  cellCase(
    'membres-date-texte-iso.xlsx',
    'Date d’entrée en texte AAAA-MM-JJ',
    'Membres',
    PONTVIEUX,
    'Entrée',
    '2026-07-01',
    same,
  ),
  cellCase(
    'membres-date-invalide.xlsx',
    'Date d’entrée impossible (31/02/2026)',
    'Membres',
    PONTVIEUX,
    'Entrée',
    '31/02/2026',
    refused('DATE_INVALIDE', 'Membres', 8, 'Entrée'),
  ),
  {
    file: 'charges-espaces-insecables.xlsx',
    description: 'Montants en texte avec espaces insécables (normale et fine) et signe €',
    expected: same,
    build: fromSample((t) => {
      setCell(t, 'Charges', 0, 'Montant', '612\u00a0400,00');
      setCell(t, 'Charges', 3, 'Montant', '96\u202f215,60 €');
    }),
  },
  cellCase(
    'charges-montant-1e15.xlsx',
    'Montant de 10^15 € (au-delà des 10^12 € du contrat)',
    'Charges',
    0,
    'Montant',
    1e15,
    refused('MONTANT_HORS_LIMITE', 'Charges', 2, 'Montant'),
  ),
  cellCase(
    'charges-libelle-10000-caracteres.xlsx',
    'Libellé de 10 000 caractères',
    'Charges',
    0,
    'Libellé',
    'Rémunérations '.repeat(715).slice(0, 10_000),
    same,
  ),
  cellCase(
    'charges-montant-10000-caracteres.xlsx',
    'Montant fait de 10 000 caractères de texte',
    'Charges',
    0,
    'Montant',
    'douze '.repeat(1667).slice(0, 10_000),
    refused('NOMBRE_INVALIDE', 'Charges', 2, 'Montant'),
  ),
  cellCase(
    'services-modele-inconnu.xlsx',
    'Modèle inconnu',
    'Services',
    3,
    'Modèle',
    'Service partagé',
    refused('MODELE_INCONNU', 'Services', 5, 'Modèle'),
  ),
  cellCase(
    'scenarios-service-inconnu.xlsx',
    'Scénario sur un service inconnu',
    'Scenarios',
    0,
    'Service',
    'Service informatique',
    refused('SERVICE_INCONNU', 'Scenarios', 2, 'Service'),
  ),
  cellCase(
    'scenarios-nom-reference.xlsx',
    'Scénario nommé « REFERENCE » (nom réservé)',
    'Scenarios',
    0,
    'Scénario',
    'REFERENCE',
    refused('SCENARIO_REFERENCE_RESERVE', 'Scenarios', 2, 'Scénario'),
  ),
  {
    file: 'membres-entree-apres-sortie.xlsx',
    description: 'Entrée (1er juillet) après Sortie (31 mars)',
    expected: refused('ENTREE_APRES_SORTIE', 'Membres', 8, 'Entrée'),
    build: fromSample((t) =>
      setCell(t, 'Membres', PONTVIEUX, 'Sortie', { kind: 'date', iso: '2026-03-31' }),
    ),
  },
  cellCase(
    'charges-virgule-et-point.xlsx',
    'Montant « 1.234,50 » : virgule et point',
    'Charges',
    0,
    'Montant',
    '1.234,50',
    refused('NOMBRE_INVALIDE', 'Charges', 2, 'Montant'),
  ),
  cellCase(
    'charges-montant-pourcentage.xlsx',
    'Signe % dans un Montant',
    'Charges',
    0,
    'Montant',
    '12 %',
    refused('NOMBRE_INVALIDE', 'Charges', 2, 'Montant'),
  ),
  cellCase(
    'membres-siren.xlsx',
    'SIREN à 9 chiffres au lieu du SIRET',
    'Membres',
    2,
    'SIRET',
    '212402317',
    warned('SIREN_AU_LIEU_DE_SIRET'),
  ),
  cellCase(
    'membres-type-inconnu.xlsx',
    'Type inconnu (« Mairie »)',
    'Membres',
    2,
    'Type',
    'Mairie',
    warned('TYPE_INCONNU'),
  ),
  cellCase(
    'services-frais-sur-mad.xlsx',
    'Frais de gestion sur une mise à disposition',
    'Services',
    1,
    'Frais de gestion',
    '2 %',
    warned('FRAIS_IGNORES'),
  ),
  cellCase(
    'services-echeances-3.xlsx',
    '3 échéances',
    'Services',
    0,
    'Échéances',
    3,
    refused('ECHEANCES_INVALIDES', 'Services', 2, 'Échéances'),
  ),
  cellCase(
    'services-frais-150.xlsx',
    'Frais de gestion de 150 %',
    'Services',
    2,
    'Frais de gestion',
    '150 %',
    refused('FRAIS_INVALIDES', 'Services', 4, 'Frais de gestion'),
  ),
  {
    file: 'charges-membre-sur-mad.xlsx',
    description: 'Charge imputée à un membre sur une mise à disposition',
    expected: refused('CHARGE_MEMBRE_INTERDITE', 'Charges', 10, 'Membre'),
    build: fromSample((t) =>
      setCell(
        t,
        'Charges',
        rowWhere(t, 'Charges', 'Service', ASSISTANCE),
        'Membre',
        'Lavergne-les-Prés',
      ),
    ),
  },
  {
    file: 'usages-non-adherent.xlsx',
    description: 'Usage d’un membre qui n’adhère pas au service',
    expected: refused('USAGE_HORS_ADHESION', 'Usages', 53, 'Quantité'),
    build: fromSample((t) =>
      tableOf(t, 'Usages').rows.push([ASSISTANCE, 'Saint-Aurèle', 'heure', 10]),
    ),
  },
  {
    file: 'acomptes-sans-facturation.xlsx',
    description: 'Acompte sur un couple membre-service non facturé (service réglé sur l’AC)',
    expected: warned('ACOMPTE_SANS_FACTURATION'),
    build: fromSample(() => undefined, undefined, [
      {
        ...SAMPLE_ACOMPTES,
        rows: SAMPLE_ACOMPTES.rows.filter((r) => r[1] === SCI || r[1] === ASSISTANCE),
      },
    ]),
  },
  cellCase(
    'charges-montant-10000-chiffres.xlsx',
    'Montant de 10 000 chiffres (au-delà des 10^12 € du contrat)',
    'Charges',
    0,
    'Montant',
    '9'.repeat(10_000),
    refused('MONTANT_HORS_LIMITE', 'Charges', 2, 'Montant'),
  ),
  {
    file: 'pas-un-classeur.xlsx',
    description: 'Fichier texte renommé en .xlsx',
    expected: { outcome: 'unreadable' },
    build: () =>
      Promise.resolve(new TextEncoder().encode('Membre;Population\nSaint-Aurèle;24870\n')),
  },
  {
    file: 'fichier-vide.xlsx',
    description: 'Fichier vide',
    expected: { outcome: 'unreadable' },
    build: () => Promise.resolve(new Uint8Array(0)),
  },
  {
    file: 'zip-tronque.xlsx',
    description: 'Classeur tronqué à la moitié (téléchargement interrompu)',
    expected: { outcome: 'unreadable' },
    build: async () => {
      const bytes = await sampleBytes();
      return bytes.slice(0, Math.floor(bytes.length / 2));
    },
  },
  {
    file: 'cibles-absolues-openpyxl.xlsx',
    description:
      'Cibles de relations absolues (« /xl/tables/table1.xml »), comme les écrit openpyxl',
    expected: same,
    build: async () =>
      editPackage(await sampleBytes(), (parts) => {
        for (const [name, xml] of parts) {
          if (!name.endsWith('.rels')) continue;
          const folder = name.replace(/_rels\/[^/]+\.rels$/, '');
          parts.set(
            name,
            xml.replace(/Target="(?!\/|https?:)([^"]+)"/g, (_, target: string) => {
              const parts2 = `${folder}${target}`.split('/');
              const out: string[] = [];
              for (const p of parts2)
                if (p === '..') out.pop();
                else if (p !== '.' && p !== '') out.push(p);
              return `Target="/${out.join('/')}"`;
            }),
          );
        }
      }),
  },
  {
    file: 'content-types-tronque.xlsx',
    description: 'Partie [Content_Types].xml tronquée (paquet endommagé)',
    expected: { outcome: 'unreadable' },
    build: async () =>
      editPackage(await sampleBytes(), (parts) =>
        parts.set('[Content_Types].xml', (parts.get('[Content_Types].xml') ?? '').slice(0, 300)),
      ),
  },
  {
    file: 'tableau-crc-faux.xlsx',
    description:
      'Partie du tableau Membres altérée dans le zip (CRC faux ; elle se décompresse au-delà de sa taille annoncée)',
    expected: { outcome: 'unreadable' },
    build: async () => corruptEntry(await sampleBytes(), 'xl/tables/table2.xml', 'middle'),
  },
  {
    file: 'tableau-zip-illisible.xlsx',
    description: 'Partie du tableau Membres impossible à décompresser (bloc deflate invalide)',
    expected: { outcome: 'unreadable' },
    build: async () => corruptEntry(await sampleBytes(), 'xl/tables/table2.xml', 'first'),
  },
  cellCase(
    'charges-montant-vide.xlsx',
    'Montant vide',
    'Charges',
    2,
    'Montant',
    null,
    refused('MONTANT_MANQUANT', 'Charges', 4, 'Montant'),
  ),
  cellCase(
    'membres-doublon.xlsx',
    'Membre en double (même nom en majuscules sans accents)',
    'Membres',
    2,
    'Membre',
    'SAINT-AURELE',
    refused('MEMBRE_EN_DOUBLE', 'Membres', 4, 'Membre'),
  ),
  {
    file: 'parametres-exercice-manquant.xlsx',
    description: 'Paramètre Exercice absent',
    expected: refused('EXERCICE_MANQUANT', 'Parametres', null, 'Paramètre'),
    build: fromSample((t) => tableOf(t, 'Parametres').rows.splice(0, 1)),
  },
  cellCase(
    'membres-critere-negatif.xlsx',
    'Population négative',
    'Membres',
    3,
    'Population',
    -5236,
    refused('CRITERE_NEGATIF', 'Membres', 5, 'Population'),
  ),
  cellCase(
    'membres-critere-texte.xlsx',
    'Texte dans un critère utilisé par une clé',
    'Membres',
    3,
    'Population',
    'environ 5000',
    refused('CRITERE_NON_NUMERIQUE', 'Membres', 5, 'Population'),
  ),
  cellCase(
    'charges-eligible-invalide.xlsx',
    'Éligible « Peut-être »',
    'Charges',
    6,
    'Éligible',
    'Peut-être',
    refused('BOOLEEN_INVALIDE', 'Charges', 8, 'Éligible'),
  ),
  {
    file: 'feuilles-sans-tableaux.xlsx',
    description: 'Feuilles simples (en-têtes en ligne 1) au lieu de tableaux Excel',
    expected: same,
    build: async () => {
      const workbook = new ExcelJS.Workbook();
      const fixed = new Date(Date.UTC(2026, 0, 1));
      workbook.created = fixed;
      workbook.modified = fixed;
      for (const table of SAMPLE_TABLES) {
        const sheet = workbook.addWorksheet(table.name);
        sheet.addRow(table.headers);
        for (const row of table.rows)
          sheet.addRow(
            row.map((c) =>
              c !== null && typeof c === 'object' ? new Date(`${c.iso}T00:00:00Z`) : c,
            ),
          );
      }
      return withFixedZipTimestamps(
        new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
      );
    },
  },
  {
    file: 'membres-en-tete-decale.xlsx',
    description:
      'Tableau Membres déplacé en C5 (les lignes et colonnes signalées sont celles de la feuille)',
    expected: refused('NOMBRE_INVALIDE', 'Membres', 8, 'Attribution de compensation'),
    build: async () => {
      const bytes = await fromSample((t) =>
        setCell(t, 'Membres', 2, 'Attribution de compensation', 'un million'),
      )();
      return editPackage(bytes, (parts) => shiftSheet(parts, 'Membres', 2, 4));
    },
  },
  ...SUPPORT_AND_STRICTER_CASES,
];

/**
 * Corrupts the compressed data of zip entry `name` (its local header is found by name):
 * `middle` flips one byte halfway (the data still inflates, to garbage, with a wrong CRC);
 * `first` makes the first deflate block of a reserved type (inflating fails).
 */
function corruptEntry(bytes: Uint8Array, name: string, where: 'middle' | 'first'): Uint8Array {
  const out = bytes.slice();
  const target = new TextEncoder().encode(name);
  for (let at = 0; at + 30 < out.length; at += 1) {
    if (out[at] !== 0x50 || out[at + 1] !== 0x4b || out[at + 2] !== 3 || out[at + 3] !== 4)
      continue;
    const nameLength = (out[at + 26] ?? 0) | ((out[at + 27] ?? 0) << 8);
    const extraLength = (out[at + 28] ?? 0) | ((out[at + 29] ?? 0) << 8);
    const size =
      ((out[at + 18] ?? 0) | ((out[at + 19] ?? 0) << 8) | ((out[at + 20] ?? 0) << 16)) >>> 0;
    const found = out.subarray(at + 30, at + 30 + nameLength);
    if (nameLength !== target.length || !found.every((b, i) => b === target[i])) continue;
    const data = at + 30 + nameLength + extraLength;
    if (where === 'first') out[data] = 0x07;
    else out[data + Math.floor(size / 2)] = (out[data + Math.floor(size / 2)] ?? 0) ^ 0x55;
    return out;
  }
  throw new Error(`entrée ${name} absente du zip`);
}

/**
 * Moves every cell of a worksheet (and its tables' ranges) `dc` columns right and `dr`
 * rows down, by rewriting the cell references of the parts.
 */
function shiftSheet(parts: Map<string, string>, sheet: string, dc: number, dr: number): void {
  const letters = (n: number): string => {
    let out = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
      out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
    return out;
  };
  const number = (s: string): number => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
  const shift = (ref: string): string =>
    ref.replace(
      /([A-Z]+)(\d+)/g,
      (_, c: string, r: string) => `${letters(number(c) + dc)}${Number(r) + dr}`,
    );
  const part = sheetPartName(parts, sheet);
  let xml = parts.get(part) ?? '';
  xml = xml
    .replace(/ r="(\d+)"/g, (_, r: string) => ` r="${Number(r) + dr}"`)
    .replace(/ r="([A-Z]+\d+)"/g, (_, ref: string) => ` r="${shift(ref)}"`);
  xml = xml
    .replace(/<dimension ref="([^"]+)"/, (_, ref: string) => `<dimension ref="${shift(ref)}"`)
    .replace(/ sqref="([^"]+)"/g, (_, ref: string) => ` sqref="${shift(ref)}"`);
  xml = xml
    .replace(/ spans="\d+:\d+"/g, '')
    .replace(/ topLeftCell="([^"]+)"/g, (_, ref: string) => ` topLeftCell="${shift(ref)}"`);
  parts.set(part, xml);
  for (const [name, text] of parts) {
    if (name.startsWith('xl/tables/') && text.includes(`name="${sheet}"`))
      parts.set(
        name,
        text.replace(/ ref="([^"]+)"/g, (_, ref: string) => ` ref="${shift(ref)}"`),
      );
  }
}
