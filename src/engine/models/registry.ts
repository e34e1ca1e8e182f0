/**
 * The funding models, one file each, registered here: one row per model says what the
 * rest of the engine asks of it (its computation, its names, and the few traits that
 * parsing, billing, checks and annexes depend on). A new model is its file and its row.
 */
import type { ModelId } from '../domain/inputModel';
import type { FundingModel } from './serviceResult';
import { miseADisposition } from './miseADisposition';
import { serviceCommun } from './serviceCommun';
import { groupement } from './groupement';
import { SUPPORT_FORBIDDEN_REFERENCES, SUPPORT_IGNORED_COLUMNS } from './serviceSupport';

/** What the engine asks of a funding model; nothing outside `models/` tests a model's id. */
export interface FundingModelRow {
  /**
   * Computes one service of the model in one scenario (§3); null for a model whose
   * services are not shared among members but ventilated over other services (§6.2).
   */
  readonly compute: FundingModel | null;
  /** Name in `Services.Modèle` and in every output. */
  readonly label: string;
  /** Other names accepted in `Services.Modèle` (matched like every contract name). */
  readonly aliases: readonly string[];
  /** Legal basis, in the annexes. */
  readonly legalBasis: string;
  /**
   * How the cost is shared. `key`: by the service's `Clé` (which scenarios may change).
   * `units`: by the units of its `Unité` at a unit cost; no key, no scenario, no cost
   * charged to one member, and the rounding gap of unit cost × units is not shared.
   * `ventilation`: not shared among members: no participant, nothing billed, its cost is
   * ventilated over the services that use it (`Ventilations`, §6.2).
   */
  readonly sharing: 'key' | 'units' | 'ventilation';
  /**
   * What `Frais de gestion` is. `overhead`: a rate applied to the cost base before it is
   * shared; `coordinator`: a fee on each quote-part, billed apart on its own titre line
   * (also to members who pay the supplier themselves); `none`: ignored with a warning.
   */
  readonly fee: 'overhead' | 'coordinator' | 'none';
  /** `Frais de gestion` in words for the service annex, given the rate in French (`3 %`). */
  readonly feeText: (rate: string) => string;
  /** Whether `Règlement` may be `Attribution de compensation` (otherwise always a titre). */
  readonly acSettlement: boolean;
  /** Whether `Exécution` (conjointe or séparée) applies (otherwise always conjointe). */
  readonly execution: boolean;
  /** Title of the porteur in the annexes. */
  readonly porteurTitle: string;
  /**
   * The `Type` its porteur is expected to have: another given `Type` is a warning (§6.1:
   * a service commun is an EPCI's, CGCT L5211-4-2); null when any will do.
   */
  readonly porteurType: string | null;
  /** `Services` columns the model ignores: a warning when one is given, never validated. */
  readonly ignoredColumns: readonly string[];
  /** Tables whose rows may not name a service of the model (`Charges`: rows with a `Membre`). */
  readonly forbiddenIn: readonly { readonly table: string; readonly onlyWithMember: boolean }[];
  /** First words of the object of its titre lines (`Participation`, `Remboursement de frais`). */
  readonly titreObject: string;
  /** What its titres bill, after the legal basis in the base de liquidation ('' for none). */
  readonly billedAs: string;
}

/** Model id → its row. */
export const FUNDING_MODELS: Readonly<Record<ModelId, FundingModelRow>> = {
  'mise-a-disposition': {
    compute: miseADisposition,
    label: 'Mise à disposition',
    aliases: ['Mise à disposition de service', 'Mise à disposition de services'],
    legalBasis: 'CGCT L5211-4-1 et D5211-16',
    sharing: 'units',
    fee: 'none',
    feeText: (rate) => `${rate} : sans objet pour une mise à disposition (ignorés)`,
    acSettlement: false,
    execution: false,
    porteurTitle: 'Porteur',
    porteurType: null,
    ignoredColumns: [],
    forbiddenIn: [],
    titreObject: 'Remboursement de frais',
    billedAs: 'remboursement de frais',
  },
  'service-commun': {
    compute: serviceCommun,
    label: 'Service commun',
    aliases: [],
    legalBasis: 'CGCT L5211-4-2',
    sharing: 'key',
    fee: 'overhead',
    feeText: (rate) =>
      `${rate} (frais de structure appliqués à la base partagée et aux coûts propres des membres)`,
    acSettlement: true,
    execution: false,
    porteurTitle: 'Porteur',
    porteurType: 'EPCI',
    ignoredColumns: [],
    forbiddenIn: [],
    titreObject: 'Participation',
    billedAs: '',
  },
  groupement: {
    compute: groupement,
    label: 'Groupement de commandes',
    aliases: ['Groupement'],
    legalBasis: 'Code de la commande publique L2113-6 et L2113-7',
    sharing: 'key',
    fee: 'coordinator',
    feeText: (rate) => `${rate} de la quote-part de chaque membre, dus au coordonnateur`,
    acSettlement: false,
    execution: true,
    porteurTitle: 'Coordonnateur',
    titreObject: 'Participation',
    billedAs: '',
    porteurType: null,
    ignoredColumns: [],
    forbiddenIn: [],
  },
  'service-support': {
    compute: null,
    label: 'Service support',
    aliases: [],
    legalBasis: 'aucune en propre : coût ventilé sur les services qui l\u2019utilisent',
    sharing: 'ventilation',
    fee: 'none',
    feeText: (rate) => `${rate} : sans objet pour un service support (ignorés)`,
    acSettlement: false,
    execution: false,
    porteurTitle: 'Porteur',
    titreObject: 'Ventilation',
    billedAs: '',
    porteurType: null,
    ignoredColumns: SUPPORT_IGNORED_COLUMNS,
    forbiddenIn: SUPPORT_FORBIDDEN_REFERENCES,
  },
};

/** The rows in registry order (the order in which messages list the models). */
export const FUNDING_MODEL_ROWS: readonly FundingModelRow[] = Object.values(FUNDING_MODELS);

/** Whether services of this model are ventilated over others instead of shared among members (§6.2). */
export function isSupportModel(model: ModelId): boolean {
  return FUNDING_MODELS[model].sharing === 'ventilation';
}
