/**
 * The models, one file each, registered here: a fourth model is one file and one row of
 * this table.
 */
import type { ModelId } from '../domain/inputModel';
import type { FundingModel } from './serviceResult';
import { miseADisposition } from './miseADisposition';
import { serviceCommun } from './serviceCommun';
import { groupement } from './groupement';
import { SUPPORT_FORBIDDEN_REFERENCES, SUPPORT_IGNORED_COLUMNS } from './serviceSupport';

/** What the engine needs to know about a model. */
export interface ModelDefinition {
  /**
   * Computes one service in one scenario; null for a support service, which is not shared
   * among members but ventilated over other services (§6.2).
   */
  readonly compute: FundingModel | null;
  /** Label shown to users, also the `Modèle` value of `Services`. */
  readonly label: string;
  /** Other spellings accepted in `Services.Modèle` (matched like every name). */
  readonly spellings: readonly string[];
  readonly usesKey: boolean;
  /** `Services` columns the model ignores (a warning when given, not validated). */
  readonly ignoredColumns: readonly string[];
  /** Tables whose rows may not name a service of this model (Charges: rows with a Membre). */
  readonly forbiddenIn: readonly { readonly table: string; readonly onlyWithMember: boolean }[];
}

/** Model id → definition. */
export const FUNDING_MODELS: Readonly<Record<ModelId, ModelDefinition>> = {
  'mise-a-disposition': {
    compute: miseADisposition,
    label: 'Mise à disposition',
    spellings: ['Mise à disposition de service', 'Mise à disposition de services'],
    usesKey: false,
    ignoredColumns: [],
    forbiddenIn: [],
  },
  'service-commun': {
    compute: serviceCommun,
    label: 'Service commun',
    spellings: [],
    usesKey: true,
    ignoredColumns: [],
    forbiddenIn: [],
  },
  groupement: {
    compute: groupement,
    label: 'Groupement de commandes',
    spellings: ['Groupement'],
    usesKey: true,
    ignoredColumns: [],
    forbiddenIn: [],
  },
  'service-support': {
    compute: null,
    label: 'Service support',
    spellings: [],
    usesKey: false,
    ignoredColumns: SUPPORT_IGNORED_COLUMNS,
    forbiddenIn: SUPPORT_FORBIDDEN_REFERENCES,
  },
};

/** Whether services of this model are ventilated over others instead of shared among members. */
export function isSupportModel(model: ModelId): boolean {
  return FUNDING_MODELS[model].compute === null;
}
