/**
 * The sample workbook of QuotePart (assets/sample.xlsx) as plain data: the input
 * tables of a fictitious communauté d'agglomération, the Val d'Aurèle, that pools its
 * IT with its twelve communes and a CCAS. It is the single source of the sample: the
 * generator script writes it to Excel, tests and the demo read it, and it is written
 * the way a finance officer types a workbook (mostly numbers, a few French text
 * amounts, `Oui`/`Non`, real dates).
 */
import type { RawDate } from '../../engine';

/** One cell of a sample table: what a finance officer can type in Excel. */
export type SampleCell = string | number | boolean | null | RawDate;

/** One input table of the sample, named and laid out as in contract §1. */
export interface SampleTable {
  /** Contract table name, also the Excel table name and the worksheet name. */
  name: string;
  /** Column headers, left to right. */
  headers: string[];
  /** Data rows, top to bottom, one cell per header. */
  rows: SampleCell[][];
}

const date = (iso: string): RawDate => ({ kind: 'date', iso });

/** Name of the porteur (the EPCI), as written in `Membres`. */
export const SAMPLE_PORTEUR = "Communauté d'agglomération du Val d'Aurèle";

const EPCI = SAMPLE_PORTEUR;
const SAINT_AURELE = 'Saint-Aurèle';
const LAVERGNE = 'Lavergne-les-Prés';
const CASTELNAU = "Castelnau-d'Aurèle";
const BOIS_JOLY = 'Bois-Joly';
const SAINTE_COLOMBE = 'Sainte-Colombe-sur-Aurèle';
const PONTVIEUX = 'Pontvieux';
const FONTCLAIRE = 'Fontclaire';
const ESSARTS = "Les Essarts-d'Aurèle";
const ROCHEBRUNE = 'Rochebrune';
const VAUDREY = 'Vaudrey';
const PUY_MARIN = 'Le Puy-Marin';
const MAZEROLLES = 'Mazerolles';
const CCAS = 'CCAS de Saint-Aurèle';

const SCI = 'Service commun informatique';
const ASSISTANCE = 'Assistance utilisateurs';
const POSTES = 'Groupement postes de travail';
const MESSAGERIE = 'Messagerie';
const HEBERGEMENT = 'Hébergement et sauvegarde';
const LOGICIELS = 'Logiciels métiers';
const LICENCES = 'Licences bureautiques';
const APPLICATIONS = 'Hébergement applicatif';

/** Levels of the tiered hosting service (`Paliers`, contract §6.3), lowest first. */
const SIMPLE = 'Hébergement simple';
const SAUVEGARDE = 'Sauvegarde externalisée';
const PRA = "Plan de reprise d'activité";
const ASTREINTE = 'Astreinte 24/7';
const DIRECTION = 'Direction de la DSI';
const DATACENTRE = 'Centre de données';

const parametres: SampleTable = {
  name: 'Parametres',
  headers: ['Paramètre', 'Valeur'],
  rows: [
    ['Exercice', 2026],
    ['Organisme', EPCI],
    ['Convention', 'n° 2024-017 du 12 décembre 2024'],
    ["Date d'émission", date('2026-03-16')],
    ['Arrondi', 0.01],
    ["Méthode d'arrondi", 'Plus forts restes'],
    ['Arrondi coût unitaire', 0.0001],
    ['Premier numéro de titre', 241],
    ['Seuil minimal de titre', 15],
  ],
};

const membres: SampleTable = {
  name: 'Membres',
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
  rows: [
    [EPCI, 'EPCI', '20007351800017', 'Oui', null, null, null, null, 128, 146],
    [SAINT_AURELE, 'Commune', '21240412300029', null, 4215380, null, null, 24870, 386, 342],
    [LAVERGNE, 'Commune', '21240231700029', null, 1108640, null, null, 7412, 104, 96],
    [CASTELNAU, 'Commune', '21240087300015', null, 642915.5, null, null, 5236, 71, 64],
    [BOIS_JOLY, 'Commune', '21240053500028', null, 286470, null, null, 3184, 42, 37],
    [SAINTE_COLOMBE, 'Commune', '21240398400017', null, 198260.4, null, null, 2708, 31, 28],
    [PONTVIEUX, 'Commune', '21240335600018', null, 154880, date('2026-07-01'), null, 2351, 27, 22],
    [FONTCLAIRE, 'Commune', '21240176400015', null, 61245, null, null, 1463, 14, 12],
    [ESSARTS, 'Commune', '21240164000017', null, 38710, null, null, 964, 9, 8],
    [ROCHEBRUNE, 'Commune', '21240355400018', null, 3240, null, null, 712, 6, 5],
    [VAUDREY, 'Commune', '21240567400012', null, 12860, null, null, 538, 4, 4],
    [PUY_MARIN, 'Commune', '21240341400015', null, 9415, null, null, 421, 3, 3],
    [MAZEROLLES, 'Commune', '21240263000017', null, 6120, null, null, 318, 2, 2],
    [CCAS, 'CCAS', '26240412200018', null, null, null, null, null, 46, 38],
  ],
};

const services: SampleTable = {
  name: 'Services',
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
  ],
  rows: [
    [
      SCI,
      'Service commun',
      '50% Population + 30% Agents + 20% Postes',
      null,
      null,
      '3 %',
      'Attribution de compensation',
      null,
      null,
      1,
    ],
    [ASSISTANCE, 'Mise à disposition', null, 'heure', null, null, null, null, 70875, 4],
    [POSTES, 'Groupement de commandes', 'Postes', null, null, 0.015, null, 'Conjointe', 70878, 1],
    [
      MESSAGERIE,
      'Service commun',
      '70% Boîtes + 30% Égalitaire',
      null,
      null,
      null,
      'Titre',
      null,
      70875,
      1,
    ],
    [HEBERGEMENT, 'Service commun', 'Go', null, null, null, 'Titre', null, 70875, 2],
    [
      LOGICIELS,
      'Groupement de commandes',
      '60% Population + 40% Agents',
      null,
      null,
      '2 %',
      null,
      'Séparée',
      70878,
      1,
    ],
    [LICENCES, 'Mise à disposition', null, 'licence', 96, null, null, null, 70875, 1],
    [APPLICATIONS, 'Service commun', 'Paliers', null, null, null, 'Titre', null, 70875, 1],
    [DIRECTION, 'Service support', null, null, null, null, null, null, null, null],
    [DATACENTRE, 'Service support', null, null, null, null, null, null, null, null],
  ],
};

const charges: SampleTable = {
  name: 'Charges',
  headers: ['Service', 'Libellé', 'Nature', 'Section', 'Montant', 'Éligible', 'Membre'],
  rows: [
    [
      SCI,
      'Rémunérations du service (11 ETP, CA 2025 actualisé BP 2026)',
      'Personnel',
      'Fonctionnement',
      612400,
      null,
      null,
    ],
    [
      SCI,
      'Fournitures et petit matériel informatique',
      'Fournitures',
      'Fonctionnement',
      18750.35,
      null,
      null,
    ],
    [
      SCI,
      'Renouvellement des serveurs (dotation aux amortissements)',
      'Renouvellement',
      'Investissement',
      84300,
      null,
      null,
    ],
    [
      SCI,
      'Contrats de maintenance et supervision',
      'Contrats de services',
      'Fonctionnement',
      96215.6,
      null,
      null,
    ],
    [
      SCI,
      'Électricité et climatisation de la salle serveurs',
      'Fluides',
      'Fonctionnement',
      11480,
      null,
      null,
    ],
    [
      SCI,
      'Subvention Région — plan de transformation numérique',
      'Autre',
      'Fonctionnement',
      -24000,
      null,
      null,
    ],
    [SCI, "Réception de fin d'année du service", 'Autre', 'Fonctionnement', 1240, 'Non', null],
    [
      SCI,
      'Projet spécifique : vidéoprotection du centre-ville',
      'Contrats de services',
      'Fonctionnement',
      18600,
      null,
      SAINT_AURELE,
    ],
    [
      ASSISTANCE,
      'Techniciens de proximité (2 ETP)',
      'Personnel',
      'Fonctionnement',
      88420,
      null,
      null,
    ],
    [
      ASSISTANCE,
      'Pièces détachées et petit matériel',
      'Fournitures',
      'Fonctionnement',
      2945.8,
      null,
      null,
    ],
    [
      ASSISTANCE,
      'Outil de gestion des demandes',
      'Contrats de services',
      'Fonctionnement',
      3960,
      null,
      null,
    ],
    [
      ASSISTANCE,
      'Véhicule de service (carburant, entretien)',
      'Autre',
      'Fonctionnement',
      2310.5,
      null,
      null,
    ],
    [
      ASSISTANCE,
      'Cotisation association des DSI territoriaux',
      'Autre',
      'Fonctionnement',
      480,
      'Non',
      null,
    ],
    [
      POSTES,
      'Marché postes de travail, lot 1 : renouvellement du parc',
      'Renouvellement',
      'Investissement',
      148600,
      null,
      null,
    ],
    [
      POSTES,
      'Garantie étendue et maintenance sur site',
      'Contrats de services',
      'Fonctionnement',
      '12 384,00',
      null,
      null,
    ],
    [
      POSTES,
      'Commande propre : 12 ordinateurs portables',
      'Renouvellement',
      'Investissement',
      14268,
      null,
      LAVERGNE,
    ],
    [POSTES, 'Commande propre : 6 écrans', 'Renouvellement', 'Investissement', 1254.6, null, CCAS],
    [
      MESSAGERIE,
      'Licences et hébergement de la messagerie collaborative',
      'Contrats de services',
      'Fonctionnement',
      41280,
      null,
      null,
    ],
    [
      MESSAGERIE,
      'Administration de la messagerie (0,2 ETP)',
      'Personnel',
      'Fonctionnement',
      9860,
      null,
      null,
    ],
    [
      MESSAGERIE,
      'Antispam et archivage légal',
      'Contrats de services',
      'Fonctionnement',
      6150,
      null,
      null,
    ],
    [
      HEBERGEMENT,
      'Hébergement en centre de données (2 baies)',
      'Contrats de services',
      'Fonctionnement',
      21600,
      null,
      null,
    ],
    [
      HEBERGEMENT,
      'Baie de stockage et sauvegarde (amortissement)',
      'Renouvellement',
      'Investissement',
      14250,
      null,
      null,
    ],
    [HEBERGEMENT, 'Électricité des baies', 'Fluides', 'Fonctionnement', '3 980,40', null, null],
    [
      APPLICATIONS,
      "Location d'espace en centre de données (hébergement simple)",
      'Contrats de services',
      'Fonctionnement',
      18000,
      null,
      null,
    ],
    [
      APPLICATIONS,
      'Sauvegarde externalisée des serveurs',
      'Contrats de services',
      'Fonctionnement',
      8400,
      null,
      null,
    ],
    [
      APPLICATIONS,
      'Réplication sur le site de secours (PRA)',
      'Contrats de services',
      'Fonctionnement',
      5500,
      null,
      null,
    ],
    [
      APPLICATIONS,
      'Astreinte 24/7 du prestataire',
      'Contrats de services',
      'Fonctionnement',
      8600,
      null,
      null,
    ],
    [
      LOGICIELS,
      'Progiciel finances et ressources humaines',
      'Contrats de services',
      'Fonctionnement',
      86400,
      null,
      null,
    ],
    [
      LOGICIELS,
      'Logiciel état civil et élections',
      'Contrats de services',
      'Fonctionnement',
      23760,
      null,
      null,
    ],
    [
      LOGICIELS,
      "Logiciel d'instruction des autorisations d'urbanisme",
      'Contrats de services',
      'Fonctionnement',
      18420,
      null,
      null,
    ],
    [
      LICENCES,
      'Abonnements aux licences bureautiques (marché UGAP)',
      'Contrats de services',
      'Fonctionnement',
      43152,
      null,
      null,
    ],
    [
      LICENCES,
      'Administration des licences (0,05 ETP)',
      'Personnel',
      'Fonctionnement',
      2050,
      null,
      null,
    ],
    [
      DIRECTION,
      'Directeur des systèmes d\u2019information et assistante (1,5 ETP)',
      'Personnel',
      'Fonctionnement',
      131600,
      null,
      null,
    ],
    [
      DIRECTION,
      'Outils de pilotage et de gestion de parc',
      'Contrats de services',
      'Fonctionnement',
      9480,
      null,
      null,
    ],
    [
      DATACENTRE,
      'Hébergement de la salle de secours (datacentre régional)',
      'Contrats de services',
      'Fonctionnement',
      27600,
      null,
      null,
    ],
    [
      DATACENTRE,
      'Maintenance des onduleurs et de la climatisation',
      'Contrats de services',
      'Fonctionnement',
      12480,
      null,
      null,
    ],
    [
      DATACENTRE,
      'Liaisons fibre entre les deux salles',
      'Contrats de services',
      'Fonctionnement',
      18960,
      null,
      null,
    ],
    [
      DATACENTRE,
      'Astreinte de l\u2019exploitant (refacturée à part, hors base)',
      'Personnel',
      'Fonctionnement',
      6200,
      'Non',
      null,
    ],
  ],
};

/**
 * Support services (contract §6.2): the direction of the DSI spends its time on the
 * services (%), the data centre hosts their servers (racks); each serves the other.
 */
const ventilations: SampleTable = {
  name: 'Ventilations',
  headers: ['Service support', 'Service', 'Poids'],
  rows: [
    [DIRECTION, DATACENTRE, '10 %'],
    [DIRECTION, SCI, '40 %'],
    [DIRECTION, ASSISTANCE, '25 %'],
    [DIRECTION, MESSAGERIE, '10 %'],
    [DIRECTION, HEBERGEMENT, '15 %'],
    [DATACENTRE, DIRECTION, 1],
    [DATACENTRE, SCI, 6],
    [DATACENTRE, MESSAGERIE, 3],
    [DATACENTRE, HEBERGEMENT, 8],
  ],
};

const usages: SampleTable = {
  name: 'Usages',
  headers: ['Service', 'Membre', 'Unité', 'Quantité'],
  rows: [
    [ASSISTANCE, EPCI, 'heure', 612.5],
    [ASSISTANCE, LAVERGNE, 'heure', 412],
    [ASSISTANCE, CASTELNAU, 'heure', 356.5],
    [ASSISTANCE, BOIS_JOLY, 'heure', 298],
    [ASSISTANCE, SAINTE_COLOMBE, 'heure', 241.75],
    [ASSISTANCE, PONTVIEUX, 'heure', 118],
    [ASSISTANCE, FONTCLAIRE, 'heure', 164.25],
    [ASSISTANCE, ESSARTS, 'heure', 122],
    [ASSISTANCE, ROCHEBRUNE, 'heure', 96.5],
    [ASSISTANCE, VAUDREY, 'heure', 71],
    [ASSISTANCE, PUY_MARIN, 'heure', 58.25],
    [ASSISTANCE, MAZEROLLES, 'heure', 42],
    [ASSISTANCE, CCAS, 'heure', 186.5],
    [MESSAGERIE, EPCI, 'Boîtes', 152],
    [MESSAGERIE, SAINT_AURELE, 'Boîtes', 398],
    [MESSAGERIE, LAVERGNE, 'Boîtes', 112],
    [MESSAGERIE, CASTELNAU, 'Boîtes', 78],
    [MESSAGERIE, BOIS_JOLY, 'Boîtes', 46],
    [MESSAGERIE, SAINTE_COLOMBE, 'Boîtes', 35],
    [MESSAGERIE, PONTVIEUX, 'Boîtes', 24],
    [MESSAGERIE, FONTCLAIRE, 'Boîtes', 17],
    [MESSAGERIE, ESSARTS, 'Boîtes', 11],
    [MESSAGERIE, ROCHEBRUNE, 'Boîtes', 8],
    [MESSAGERIE, VAUDREY, 'Boîtes', 6],
    [MESSAGERIE, PUY_MARIN, 'Boîtes', 5],
    [MESSAGERIE, MAZEROLLES, 'Boîtes', 4],
    [MESSAGERIE, CCAS, 'Boîtes', 52],
    [HEBERGEMENT, EPCI, 'Go', 4200],
    [HEBERGEMENT, SAINT_AURELE, 'Go', 9850],
    [HEBERGEMENT, LAVERGNE, 'Go', 2340],
    [HEBERGEMENT, CASTELNAU, 'Go', 1620],
    [HEBERGEMENT, BOIS_JOLY, 'Go', 880],
    [HEBERGEMENT, SAINTE_COLOMBE, 'Go', 610],
    [HEBERGEMENT, PONTVIEUX, 'Go', 240],
    [HEBERGEMENT, FONTCLAIRE, 'Go', 310],
    [HEBERGEMENT, ESSARTS, 'Go', 160],
    [HEBERGEMENT, ROCHEBRUNE, 'Go', 12],
    [HEBERGEMENT, CCAS, 'Go', 520],
    [LICENCES, EPCI, 'licence', 150],
    [LICENCES, LAVERGNE, 'licence', 96],
    [LICENCES, CASTELNAU, 'licence', 64],
    [LICENCES, BOIS_JOLY, 'licence', 37],
    [LICENCES, SAINTE_COLOMBE, 'licence', 28],
    [LICENCES, PONTVIEUX, 'licence', 22],
    [LICENCES, FONTCLAIRE, 'licence', 12],
    [LICENCES, ESSARTS, 'licence', 8],
    [LICENCES, ROCHEBRUNE, 'licence', 5],
    [LICENCES, VAUDREY, 'licence', 4],
    [LICENCES, PUY_MARIN, 'licence', 3],
    [LICENCES, MAZEROLLES, 'licence', 2],
    [LICENCES, CCAS, 'licence', 38],
  ],
};

const ALL_COMMUNES = [
  SAINT_AURELE,
  LAVERGNE,
  CASTELNAU,
  BOIS_JOLY,
  SAINTE_COLOMBE,
  PONTVIEUX,
  FONTCLAIRE,
  ESSARTS,
  ROCHEBRUNE,
  VAUDREY,
  PUY_MARIN,
  MAZEROLLES,
];

/** Participants of each service that does not take every member (Messagerie takes all: no row). */
const PARTICIPANTS: [string, string[]][] = [
  [SCI, [EPCI, ...ALL_COMMUNES]],
  [ASSISTANCE, [EPCI, ...ALL_COMMUNES.filter((m) => m !== SAINT_AURELE), CCAS]],
  [POSTES, [EPCI, SAINT_AURELE, LAVERGNE, CASTELNAU, BOIS_JOLY, SAINTE_COLOMBE, FONTCLAIRE, CCAS]],
  [
    HEBERGEMENT,
    [
      EPCI,
      SAINT_AURELE,
      LAVERGNE,
      CASTELNAU,
      BOIS_JOLY,
      SAINTE_COLOMBE,
      PONTVIEUX,
      FONTCLAIRE,
      ESSARTS,
      ROCHEBRUNE,
      CCAS,
    ],
  ],
  [
    LOGICIELS,
    [EPCI, SAINT_AURELE, LAVERGNE, CASTELNAU, BOIS_JOLY, SAINTE_COLOMBE, PONTVIEUX, FONTCLAIRE],
  ],
  [LICENCES, [EPCI, ...ALL_COMMUNES.filter((m) => m !== SAINT_AURELE), CCAS]],
];

/** The level each participant of the tiered hosting service takes. */
const HOSTING_LEVELS: [string, string][] = [
  [EPCI, ASTREINTE],
  [SAINT_AURELE, ASTREINTE],
  [LAVERGNE, PRA],
  [CASTELNAU, PRA],
  [BOIS_JOLY, SAUVEGARDE],
  [SAINTE_COLOMBE, SAUVEGARDE],
  [FONTCLAIRE, SIMPLE],
  [CCAS, SIMPLE],
];

const adhesions: SampleTable = {
  name: 'Adhesions',
  headers: ['Service', 'Membre', 'Palier'],
  rows: [
    ...PARTICIPANTS.flatMap(([service, members]) =>
      members.map((member): SampleCell[] => [service, member, null]),
    ),
    ...HOSTING_LEVELS.map(([member, level]): SampleCell[] => [APPLICATIONS, member, level]),
  ],
};

/** Cumulative cost of each level of the tiered hosting service (contract §6.3). */
const paliers: SampleTable = {
  name: 'Paliers',
  headers: ['Service', 'Palier', 'Coût'],
  rows: [
    [APPLICATIONS, SIMPLE, 18000],
    [APPLICATIONS, SAUVEGARDE, 26400],
    [APPLICATIONS, PRA, 31900],
    [APPLICATIONS, ASTREINTE, 40500],
  ],
};

const scenarios: SampleTable = {
  name: 'Scenarios',
  headers: ['Scénario', 'Service', 'Clé'],
  rows: [
    ['Population seule', SCI, 'Population'],
    ['Population seule', MESSAGERIE, 'Population'],
    ['Parts égales + usage', SCI, '25% Égalitaire + 75% Postes'],
    ['Parts égales + usage', MESSAGERIE, 'Boîtes'],
  ],
};

const coutsAutonomes: SampleTable = {
  name: 'CoutsAutonomes',
  headers: ['Membre', 'Montant'],
  // Stand-alone costs include what a member alone would also spend on IT management and hosting.
  rows: [
    [SAINT_AURELE, 668200],
    [LAVERGNE, 263550],
    [CASTELNAU, 178750],
    [BOIS_JOLY, 115800],
    [SAINTE_COLOMBE, 89650],
    [PONTVIEUX, 36750],
    [FONTCLAIRE, 51650],
    [ESSARTS, 33150],
    [ROCHEBRUNE, 22800],
    [VAUDREY, '17 250,00'],
    [MAZEROLLES, 10650],
    [CCAS, 30850],
    // Groups that could leave together (contract §6.4).
    [`${SAINT_AURELE} + ${CCAS}`, 735400],
    [`${LAVERGNE} + ${CASTELNAU}`, 433300],
    [`${PONTVIEUX} + ${FONTCLAIRE} + ${ROCHEBRUNE}`, 111450],
  ],
};

/** What each member paid last year per service (`Historique`, contract §6.5): Hébergement applicatif is new in 2026. */
const historique: SampleTable = {
  name: 'Historique',
  headers: ['Membre', 'Service', 'Montant'],
  // 2025 amounts; « Téléphonie fixe » ended in 2025 (it is no longer in Services).
  rows: [
    [EPCI, SCI, 66320.4],
    [SAINT_AURELE, SCI, 432001.67],
    [LAVERGNE, SCI, 111212.69],
    [CASTELNAU, SCI, 85768.29],
    [BOIS_JOLY, SCI, 47043.78],
    [SAINTE_COLOMBE, SCI, 34788.29],
    [PONTVIEUX, SCI, 17316.06],
    [FONTCLAIRE, SCI, 19522.98],
    [ESSARTS, SCI, 12061.23],
    [ROCHEBRUNE, SCI, 8352.54],
    [VAUDREY, SCI, 6798.39],
    [PUY_MARIN, SCI, 4944.32],
    [MAZEROLLES, SCI, 4008.59],
    [EPCI, ASSISTANCE, 21302.2],
    [LAVERGNE, ASSISTANCE, 13171.09],
    [CASTELNAU, ASSISTANCE, 13150.19],
    [BOIS_JOLY, ASSISTANCE, 10678.24],
    [SAINTE_COLOMBE, ASSISTANCE, 8153.06],
    [PONTVIEUX, ASSISTANCE, 3896.67],
    [FONTCLAIRE, ASSISTANCE, 5943.28],
    [ESSARTS, ASSISTANCE, 4157.33],
    [ROCHEBRUNE, ASSISTANCE, 3661.29],
    [VAUDREY, ASSISTANCE, 2469.32],
    [PUY_MARIN, ASSISTANCE, 1862.18],
    [MAZEROLLES, ASSISTANCE, 1549.25],
    [CCAS, ASSISTANCE, 6682.86],
    [EPCI, POSTES, 29572.11],
    [SAINT_AURELE, POSTES, 68845.92],
    [LAVERGNE, POSTES, 36091.93],
    [CASTELNAU, POSTES, 13294.62],
    [BOIS_JOLY, POSTES, 8557.55],
    [SAINTE_COLOMBE, POSTES, 5936.33],
    [FONTCLAIRE, POSTES, 2338.55],
    [CCAS, POSTES, 9881.79],
    [EPCI, MESSAGERIE, 7856.79],
    [SAINT_AURELE, MESSAGERIE, 17384.84],
    [LAVERGNE, MESSAGERIE, 5649.99],
    [CASTELNAU, MESSAGERIE, 4709.51],
    [BOIS_JOLY, MESSAGERIE, 3122.09],
    [SAINTE_COLOMBE, MESSAGERIE, 2973.59],
    [PONTVIEUX, MESSAGERIE, 1640.29],
    [FONTCLAIRE, MESSAGERIE, 1812.6],
    [ESSARTS, MESSAGERIE, 1824.95],
    [ROCHEBRUNE, MESSAGERIE, 1643.37],
    [VAUDREY, MESSAGERIE, 1465.48],
    [PUY_MARIN, MESSAGERIE, 1395.19],
    [MAZEROLLES, MESSAGERIE, 1485.19],
    [CCAS, MESSAGERIE, 3368.3],
    [EPCI, HEBERGEMENT, 8710.38],
    [SAINT_AURELE, HEBERGEMENT, 18725.59],
    [LAVERGNE, HEBERGEMENT, 4089.04],
    [CASTELNAU, HEBERGEMENT, 3266.39],
    [BOIS_JOLY, HEBERGEMENT, 1723.64],
    [SAINTE_COLOMBE, HEBERGEMENT, 1124.52],
    [PONTVIEUX, HEBERGEMENT, 433.22],
    [FONTCLAIRE, HEBERGEMENT, 613.15],
    [ESSARTS, HEBERGEMENT, 298.02],
    [ROCHEBRUNE, HEBERGEMENT, 24.88],
    [CCAS, HEBERGEMENT, 988.55],
    [EPCI, LOGICIELS, 7587.02],
    [SAINT_AURELE, LOGICIELS, 71542.81],
    [LAVERGNE, LOGICIELS, 19964.57],
    [CASTELNAU, LOGICIELS, 13116.39],
    [BOIS_JOLY, LOGICIELS, 7736.51],
    [SAINTE_COLOMBE, LOGICIELS, 6886.84],
    [PONTVIEUX, LOGICIELS, 2841.28],
    [FONTCLAIRE, LOGICIELS, 3704.08],
    [EPCI, LICENCES, 14256.0],
    [LAVERGNE, LICENCES, 8386.56],
    [CASTELNAU, LICENCES, 6451.2],
    [BOIS_JOLY, LICENCES, 3623.04],
    [SAINTE_COLOMBE, LICENCES, 2580.48],
    [PONTVIEUX, LICENCES, 1985.28],
    [FONTCLAIRE, LICENCES, 1186.56],
    [ESSARTS, LICENCES, 744.96],
    [ROCHEBRUNE, LICENCES, 518.4],
    [VAUDREY, LICENCES, 380.16],
    [PUY_MARIN, LICENCES, 262.08],
    [MAZEROLLES, LICENCES, 201.6],
    [CCAS, LICENCES, 3720.96],
    [SAINT_AURELE, 'Téléphonie fixe', 4812.6],
    [LAVERGNE, 'Téléphonie fixe', 1936.8],
    [CASTELNAU, 'Téléphonie fixe', 1290.0],
    [VAUDREY, 'Téléphonie fixe', 318.75],
  ],
};

/** The sample workbook's input tables, in the order the template lays them out. */
export const SAMPLE_TABLES: SampleTable[] = [
  parametres,
  membres,
  services,
  charges,
  usages,
  adhesions,
  paliers,
  scenarios,
  coutsAutonomes,
  historique,
  ventilations,
];

/**
 * Amounts already billed for 2026 (acomptes), for the régularisation variant of the
 * sample: soldes to bill, soldes to give back (réductions), one below the titre floor,
 * and one acompte on a service settled on the AC (a warning: nothing is billed there).
 */
export const SAMPLE_ACOMPTES: SampleTable = {
  name: 'Acomptes',
  headers: ['Membre', 'Service', 'Montant'],
  rows: [
    [LAVERGNE, ASSISTANCE, 14000],
    [CASTELNAU, ASSISTANCE, 13000],
    [BOIS_JOLY, MESSAGERIE, 3200],
    [VAUDREY, MESSAGERIE, 1520],
    [SAINT_AURELE, POSTES, '73 000,00'],
    [LAVERGNE, LOGICIELS, 400],
    [SAINT_AURELE, SCI, 400000],
  ],
};

/** The sample with its acomptes: the same year computed as a régularisation (contract §4.3). */
export const SAMPLE_REGULARISATION_TABLES: SampleTable[] = [...SAMPLE_TABLES, SAMPLE_ACOMPTES];
