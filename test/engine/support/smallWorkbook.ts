/**
 * A small workbook whose results are computed by hand in the tests' comments:
 * an EPCI (porteur) and three communes, C joining on 1 July 2026 (184/365 of the year).
 */
import type { RawCell } from '../../../src/engine';
import { rawDate } from '../../../src/engine';
import { workbook, parametres, type TableSpec } from './workbookBuilder';

/** Overrides of the small workbook's tables. */
export interface SmallOverrides {
  /** Extra or replaced `Parametres` values. */
  readonly params?: Record<string, RawCell>;
  /** Replaced or added tables, by contract name. */
  readonly tables?: Partial<Record<string, TableSpec>>;
}

/** The small workbook: services Info (service commun, Population, quarterly), Support (MAD), Achats (groupement). */
export function smallWorkbook(overrides: SmallOverrides = {}) {
  const { params, tables = {} } = overrides;
  return workbook({
    Parametres: parametres({ Exercice: 2026, Convention: 'CONV-1', ...params }),
    Membres: {
      headers: [
        'Membre',
        'Type',
        'SIRET',
        'Porteur',
        'Attribution de compensation',
        'Entrée',
        'Population',
        'Agents',
      ],
      rows: [
        ['EPCI', 'EPCI', '20000000000015', 'Oui', null, null, 0, 50],
        ['A', 'Commune', '21000000000011', null, 1000, null, 600, 10],
        ['B', 'Commune', '21000000000012', 'Non', 50, null, 300, 20],
        ['C', 'Commune', '21000000000013', null, 500, rawDate('2026-07-01'), 100, 10],
      ],
    },
    Services: {
      headers: [
        'Service',
        'Modèle',
        'Clé',
        'Unité',
        'Frais de gestion',
        'Règlement',
        'Exécution',
        'Compte',
        'Échéances',
      ],
      rows: [
        ['Info', 'Service commun', 'Population', null, null, 'Titre', null, '70875', 4],
        ['Support', 'Mise à disposition', null, 'heure', null, null, null, null, 1],
        [
          'Achats',
          'Groupement de commandes',
          'Égalitaire',
          null,
          '1,5 %',
          null,
          'Conjointe',
          null,
          1,
        ],
      ],
    },
    Charges: {
      headers: ['Service', 'Libellé', 'Nature', 'Montant', 'Éligible', 'Membre'],
      rows: [
        ['Info', 'Personnel', 'Personnel', 1000, null, null],
        ['Support', 'Techniciens', 'Personnel', '1 200,00', 'Oui', null],
        ['Support', 'Subvention', 'Autre', -200, null, null],
        ['Support', 'Frais de réception', 'Autre', 500, 'Non', null],
        ['Achats', 'Marché postes', 'Renouvellement', 300.01, null, null],
        ['Achats', 'Commande propre de A', 'Renouvellement', 50, null, 'A'],
      ],
    },
    Usages: {
      headers: ['Service', 'Membre', 'Unité', 'Quantité'],
      rows: [
        ['Support', 'A', 'heure', 10],
        ['Support', 'B', 'Heure', '20,5'],
        ['Support', 'EPCI', 'heure', 5],
      ],
    },
    Adhesions: {
      headers: ['Service', 'Membre'],
      rows: [
        ['Support', 'EPCI'],
        ['Support', 'A'],
        ['Support', 'B'],
        ['Achats', 'EPCI'],
        ['Achats', 'A'],
        ['Achats', 'B'],
      ],
    },
    ...(tables as Record<string, TableSpec>),
  });
}
