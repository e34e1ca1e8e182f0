/**
 * The small workbook's tables with two support services that serve each other
 * (Direction de la DSI: 1 000 €, Centre de données: 2 000 €), figures computed by hand in
 * test/engine/api/supportServices.test.ts and docs/regles-de-calcul.md.
 */
import type { TableSpec } from './workbookBuilder';

/** Headers of `Services` in these tables. */
export const SERVICES_HEADERS = [
  'Service',
  'Modèle',
  'Clé',
  'Unité',
  'Frais de gestion',
  'Règlement',
  'Exécution',
  'Compte',
  'Échéances',
];
/** `Services`: the small workbook's three plus two supports. */
export const SUPPORT_SERVICES: TableSpec = {
  headers: SERVICES_HEADERS,
  rows: [
    ['Direction de la DSI', 'Service support', null, null, null, null, null, null, null],
    ['Info', 'Service commun', 'Population', null, null, 'Titre', null, '70875', 4],
    ['Support', 'Mise à disposition', null, 'heure', null, null, null, null, 1],
    ['Achats', 'Groupement de commandes', 'Égalitaire', null, '1,5 %', null, 'Conjointe', null, 1],
    ['Centre de données', 'Service support', null, null, null, null, null, null, null],
  ],
};
/** `Charges`: the small workbook's plus the supports' direct costs. */
export const SUPPORT_CHARGES: TableSpec = {
  headers: ['Service', 'Libellé', 'Nature', 'Montant', 'Éligible', 'Membre'],
  rows: [
    ['Info', 'Personnel', 'Personnel', 1000, null, null],
    ['Support', 'Techniciens', 'Personnel', '1 200,00', 'Oui', null],
    ['Support', 'Subvention', 'Autre', -200, null, null],
    ['Achats', 'Marché postes', 'Renouvellement', 300.01, null, null],
    ['Achats', 'Commande propre de A', 'Renouvellement', 50, null, 'A'],
    ['Direction de la DSI', 'Encadrement', 'Personnel', 1000, null, null],
    ['Centre de données', 'Électricité', 'Fluides', 2100, null, null],
    ['Centre de données', 'Reprise de provision', 'Autre', -100, null, null],
    ['Centre de données', 'Hors champ', 'Autre', 999, 'Non', null],
  ],
};
/** `Ventilations`: the supports serve each other and three services. */
export const VENTILATIONS: TableSpec = {
  headers: ['Service support', 'Service', 'Poids'],
  rows: [
    ['Direction de la DSI', 'Centre de données', '20 %'],
    ['Direction de la DSI', 'Info', '50 %'],
    ['Direction de la DSI', 'Achats', '30 %'],
    ['Centre de données', 'Direction de la DSI', 10],
    ['Centre de données', 'Info', 40],
    ['Centre de données', 'Info', 20],
    ['Centre de données', 'Support', 30],
  ],
};
