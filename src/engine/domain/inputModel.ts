/**
 * The workbook once parsed and validated: typed, exact, cross-referenced by index.
 * Everything after parsing works on this model and trusts it.
 */
import type { Q } from '../numbers/rational';
import type { RoundingMethod } from '../money/allocate';
import type { ProblemPlace } from '../problems/problemList';

/** The three funding models of contract §3. */
export type ModelId = 'mise-a-disposition' | 'service-commun' | 'groupement';

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
  /** `Numérotation`: `continue` (one sequence for the year) or `par-periode` (restarts in each period). */
  readonly numbering: 'continue' | 'par-periode';
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
  readonly installments: 1 | 2 | 4 | 12;
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
  /** Issue date (ISO) per period label, from the optional `Echeancier` table. */
  readonly schedule: ReadonlyMap<string, string>;
  /** Null when there is no `Acomptes` table (no régularisation). */
  readonly acomptes: readonly Acompte[] | null;
  readonly porteur: number | null;
}
