/**
 * The sample workbook of QuotePart (assets/sample.xlsx) as plain data: the input
 * tables of a fictitious communauté d'agglomération, the Val d'Aurèle, that pools its
 * IT with its twelve communes and a CCAS. It is the single source of the sample: the
 * generator script writes it to Excel, tests and the demo read it, and it is written
 * the way a finance officer types a workbook (mostly numbers, a few French text
 * amounts, `Oui`/`Non`, real dates).
 */
import { charges } from './sampleCharges';
import {
  ASSISTANCE,
  BOIS_JOLY,
  CASTELNAU,
  LAVERGNE,
  LOGICIELS,
  MESSAGERIE,
  POSTES,
  SAINT_AURELE,
  SCI,
  VAUDREY,
} from './sampleNames';
import { coutsAutonomes, historique, scenarios } from './sampleComparison';
import { adhesions, paliers, usages, ventilations } from './sampleParticipation';
import { membres, parametres, services } from './sampleSettings';
import type { SampleTable } from './sampleTypes';

export type { SampleCell, SampleTable } from './sampleTypes';
export { SAMPLE_PORTEUR } from './sampleNames';

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
