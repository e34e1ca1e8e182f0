/** The sample's Charges table: the cost lines of every service, in two files for reading. */
import type { SampleTable } from './sampleTypes';
import { CHARGES_FIRST_SERVICES } from './sampleChargesFirst';
import { CHARGES_OTHER_SERVICES } from './sampleChargesOther';

/** Charges of every service, first services first. */
export const charges: SampleTable = {
  name: 'Charges',
  headers: ['Service', 'Libellé', 'Nature', 'Section', 'Montant', 'Éligible', 'Membre'],
  rows: [...CHARGES_FIRST_SERVICES, ...CHARGES_OTHER_SERVICES],
};
