/**
 * The funding models, one file each, registered here: a fourth model is one file and
 * one row of this table.
 */
import type { ModelId } from '../domain/inputModel';
import type { FundingModel } from './serviceResult';
import { miseADisposition } from './miseADisposition';
import { serviceCommun } from './serviceCommun';
import { groupement } from './groupement';

/** Model id → computation, and the label shown to users. */
export const FUNDING_MODELS: Readonly<
  Record<
    ModelId,
    { readonly compute: FundingModel; readonly label: string; readonly usesKey: boolean }
  >
> = {
  'mise-a-disposition': { compute: miseADisposition, label: 'Mise à disposition', usesKey: false },
  'service-commun': { compute: serviceCommun, label: 'Service commun', usesKey: true },
  groupement: { compute: groupement, label: 'Groupement de commandes', usesKey: true },
};
