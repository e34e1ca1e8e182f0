/**
 * The workbook once parsed and validated: typed, exact, cross-referenced by index.
 * Everything after parsing works on this model and trusts it.
 */
import type { Q } from '../numbers/rational';
import type { RoundingMethod } from '../money/allocate';
import type { ProblemPlace } from '../problems/problemList';
import type { TierInput } from './tiers';
import type { Coalition } from './coalition';
import type { HistoryInput } from './history';

/** The funding models of contract §3, and the support services of §6.2 (ventilated, never billed). */
export type ModelId = 'mise-a-disposition' | 'service-commun' | 'groupement' | 'service-support';

/** `Méthode de ventilation` (§6.2): how support services pass their costs on. */
export type VentilationMethod = 'directe' | 'cascade' | 'reciproque';

/** Parameters of the run (`Parametres`). */
export interface Parameters {
  readonly exercice: number;
  readonly organisme: string | null;
  readonly convention: string | null;
  readonly issueDate: string | null;
  readonly rounding: Q;
  readonly method: RoundingMethod;
  readonly unitCostRounding: Q;
  readonly firstTitreNumber: number;
  readonly titreFloor: Q;
  /** `Annexes` = Oui/Non, null when blank (then: written up to ANNEX_MEMBER_LIMIT members). */
  readonly annexes: boolean | null;
  /** `Méthode de ventilation` of support services (§6.2), `Réciproque` by default. */
  readonly ventilationMethod: VentilationMethod;
  /** `Numérotation`: `continue` (one sequence for the year) or `par-periode` (restarts in each period). */
  readonly numbering: 'continue' | 'par-periode';
  /**
   * `Comptes par type de débiteur` = Oui: a service without `Compte` bills each debtor on the
   * M57/M14 sub-account of 7087 for its type (see `debtorAccount`); Non (default): 7087.
   */
  readonly accountsByDebtorType: boolean;
}

/** A member (`Membres` row), in table order (the tie-break order). */
export interface Member {
  readonly index: number;
  readonly name: string;
  readonly type: string | null;
  readonly siret: string | null;
  readonly porteur: boolean;
  readonly ac: Q | null;
  readonly entry: string | null;
  readonly exit: string | null;
  /** Days of presence in the Exercice (§3.2). */
  readonly presenceDays: number;
  /** Where the member's row is (for problems found later). */
  readonly place: ProblemPlace;
  /** Where its AC cell is. */
  readonly acPlace: ProblemPlace;
  /** Optional debtor-coding columns (catégorie de tiers, code service…), by canonical name. */
  readonly extra: Readonly<Record<string, string>>;
}

/** A numeric column of `Membres` usable in keys (§1, §2). */
export interface Criterion {
  readonly name: string;
  /** Exact value per member index (null = blank). */
  readonly values: readonly (Q | null)[];
  /** Whether every non-blank cell is a number; if not, where the first bad one is. */
  readonly numeric: boolean;
  readonly firstBad: ProblemPlace | null;
  /** Place of each member's cell, for negative-value errors. */
  readonly places: readonly ProblemPlace[];
}

/** A service (`Services` row), in table order. */
export interface Service {
  readonly index: number;
  readonly name: string;
  readonly model: ModelId;
  readonly key: string | null;
  readonly keyPlace: ProblemPlace;
  readonly unit: string | null;
  readonly fixedUnitCost: Q | null;
  readonly feeRate: Q | null;
  readonly settlement: 'titre' | 'ac';
  readonly execution: 'conjointe' | 'separee';
  readonly account: string;
  /** Whether `Compte` was given (it then wins over accounts by debtor type). */
  readonly accountGiven: boolean;
  readonly installments: 1 | 2 | 4 | 12;
  /** `Services.Convention` (§6.1): replaces the `Convention` parameter in this service's bases de liquidation. */
  readonly convention: string | null;
  readonly place: ProblemPlace;
}

/** A cost line (`Charges` row). */
export interface Charge {
  readonly service: number;
  readonly label: string | null;
  readonly nature: string | null;
  readonly section: string;
  readonly amount: Q;
  readonly eligible: boolean;
  readonly member: number | null;
  readonly excelRow: number;
  /** Where the `Membre` cell is (for the participation check). */
  readonly memberPlace: ProblemPlace;
}

/** A scenario: a name and the keys it replaces. */
export interface Scenario {
  readonly name: string;
  readonly keys: ReadonlyMap<number, { readonly key: string; readonly place: ProblemPlace }>;
}

/** An amount already billed (`Acomptes` row, summed per member and service). */
export interface Acompte {
  readonly member: number;
  readonly service: number;
  readonly amount: Q;
  readonly place: ProblemPlace;
}

/** One pair of `Ventilations` (§6.2): rows of the same pair added up, weight > 0, never a self row. */
export interface VentilationLink {
  readonly support: number;
  readonly receiver: number;
  readonly weight: Q;
  /** Where the pair's first row is. */
  readonly place: ProblemPlace;
}

/** The solved ventilation of support services (§6.2): the same in every scenario. */
export interface Ventilation {
  readonly method: VentilationMethod;
  /** Support services in `Services` order: direct cost D_s and total passed on T_s (exact). */
  readonly supports: readonly { readonly service: number; readonly direct: Q; readonly total: Q }[];
  /** Links kept by the method, support then receiver in `Services` order: a_st and T_s · a_st (exact). */
  readonly links: readonly {
    readonly support: number;
    readonly receiver: number;
    readonly weight: Q;
    readonly share: Q;
    readonly amount: Q;
  }[];
  /** V_j per non-support service index (0 included), rounded by the single largest-remainder allocation. */
  readonly received: ReadonlyMap<number, Q>;
  /** Σ_s D_s, exact. */
  readonly totalDirect: Q;
}

/** The whole validated input. */
export interface InputModel {
  readonly parameters: Parameters;
  readonly members: readonly Member[];
  readonly criteria: readonly Criterion[];
  readonly services: readonly Service[];
  readonly charges: readonly Charge[];
  /** Usage quantities: service index → normalised unit → per-member exact quantity (sparse). */
  readonly usages: ReadonlyMap<number, ReadonlyMap<string, ReadonlyMap<number, Q>>>;
  /** Unit names as written, by normalised unit. */
  readonly unitNames: ReadonlyMap<string, string>;
  /** Participants per service index, in member order. */
  readonly participants: readonly (readonly number[])[];
  readonly scenarios: readonly Scenario[];
  readonly standalone: ReadonlyMap<number, Q>;
  /** Groups of two or more members given in `CoutsAutonomes` (§6.4), in table order. */
  readonly coalitions: readonly Coalition[];
  /** Issue date (ISO) per period label, from the optional `Echeancier` table. */
  readonly schedule: ReadonlyMap<string, string>;
  /** Null when there is no `Acomptes` table (no régularisation). */
  readonly acomptes: readonly Acompte[] | null;
  readonly porteur: number | null;
  /** Last year's amounts (`Historique`, §6.5); null without the table. */
  readonly history: HistoryInput | null;
  /** Tiered services (`Paliers`, `Adhesions.Palier`, §6.3). */
  readonly tiers: TierInput;
  /** The ventilation of support services, null without any (§6.2). */
  readonly ventilation: Ventilation | null;
}
