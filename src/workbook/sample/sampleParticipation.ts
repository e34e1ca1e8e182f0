/** The sample's support ventilations, usages, memberships of services and tier costs. */
import type { SampleCell, SampleTable } from './sampleTypes';
import {
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
  VAUDREY,
  PUY_MARIN,
  MAZEROLLES,
  CCAS,
  SCI,
  ASSISTANCE,
  POSTES,
  MESSAGERIE,
  HEBERGEMENT,
  LOGICIELS,
  LICENCES,
  APPLICATIONS,
  SIMPLE,
  SAUVEGARDE,
  PRA,
  ASTREINTE,
  DIRECTION,
  DATACENTRE,
} from './sampleNames';

/**
 * Support services (contract §6.2): the direction of the DSI spends its time on the
 * services (%), the data centre hosts their servers (racks); each serves the other.
 */
export const ventilations: SampleTable = {
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

/** Units used by each member of the Mise à disposition services. */
export const usages: SampleTable = {
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

/** Who takes each service (and which level of the tiered one). */
export const adhesions: SampleTable = {
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
export const paliers: SampleTable = {
  name: 'Paliers',
  headers: ['Service', 'Palier', 'Coût'],
  rows: [
    [APPLICATIONS, SIMPLE, 18000],
    [APPLICATIONS, SAUVEGARDE, 26400],
    [APPLICATIONS, PRA, 31900],
    [APPLICATIONS, ASTREINTE, 40500],
  ],
};
