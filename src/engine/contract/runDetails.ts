/**
 * The details of a valid run that annexes, the HTML report and the titres export need
 * beyond the contract's JSON: cost lines, keys, criteria, installments, debtor coding.
 * Plain JSON-serialisable data (decimal strings, indexes), so that it can cross a Web
 * Worker boundary and be used after the run without recomputing anything. Every figure
 * is taken from the computation of the run, formatted like the result tables.
 */
import type { ModelId } from '../domain/inputModel';
import type { LineCalculation } from '../calculation/lineCalculation';

/** A member of `Membres`, in table order (indexes below point into this list). */
export interface MemberDetail {
  readonly name: string;
  readonly type: string | null;
  readonly siret: string | null;
  readonly porteur: boolean;
  /** ISO dates of joining / leaving, if any. */
  readonly entry: string | null;
  readonly exit: string | null;
  /** Days of presence in the Exercice (§3.2). */
  readonly presenceDays: number;
  /** Optional debtor-coding columns (`Catégorie de tiers`, `Code service`…) by canonical name. */
  readonly coding: Readonly<Record<string, string>>;
}

/** One term of a service's key. */
export interface TermDetail {
  readonly label: string;
  /** `membre`: a `Membres` column; `usage`: a unit of `Usages`; `egalitaire`: 1 per participant. */
  readonly kind: 'egalitaire' | 'membre' | 'usage' | 'palier';
  /** Weight in %, exact decimal string (`"50"`). */
  readonly percent: string;
  /** Σ over participants of the values used (after presence), decimal string. */
  readonly total: string;
  /** Whether `total` is exact (false: rounded to 6 decimals, a presence fraction made it periodic). */
  readonly totalExact: boolean;
}

/** A `Charges` line of the service, eligible or not. */
export interface ChargeDetail {
  /** Worksheet row of the line, as Excel shows it. */
  readonly row: number;
  readonly label: string | null;
  readonly nature: string | null;
  readonly section: string;
  /** Amount as typed, exact decimal string. */
  readonly amount: string;
  readonly eligible: boolean;
  /** Member index when the line is charged 100 % to one member. */
  readonly member: number | null;
}

/** A participant's line of a service in `Référence` (share and amounts are the `quoteParts` strings). */
export interface LineDetail {
  readonly member: number;
  /** Value of each key term as typed (before presence), aligned with `terms`. */
  readonly values: readonly string[];
  /** n_i for Mise à disposition, null otherwise. */
  readonly units: string | null;
  /** Share with 10 decimals, as in `quoteParts.share`. */
  readonly share: string;
  /** Exact amount before rounding: base × share, or unit cost × units (rounded to 6 decimals when periodic). */
  readonly exactAmount: string;
  readonly exactAmountExact: boolean;
  /** Part of the shared base given by the key (Mise à disposition: the quote-part). */
  readonly allocated: string;
  /** Direct costs of the member (after overhead for a service commun). */
  readonly direct: string;
  readonly quotePart: string;
  readonly fee: string;
  readonly billed: string;
  readonly settlement: 'titre' | 'ac' | 'direct' | 'own-use';
  /** The calculation, step by step: the words of `Calcul` and of the base de liquidation. */
  readonly calculation: LineCalculation;
}

/** A service's result in `Référence`, with everything needed to explain it. */
export interface ServiceDetail {
  readonly index: number;
  readonly name: string;
  readonly model: ModelId;
  readonly modelLabel: string;
  readonly key: string | null;
  readonly unit: string | null;
  /** Unit cost used (exact), null where none. */
  readonly unitCost: string | null;
  readonly unitCostFixed: boolean;
  /** Exact C ÷ U before rounding (6 decimals when periodic), null when fixed or not a Mise à disposition. */
  readonly unitCostBeforeRounding: string | null;
  readonly unitCostBeforeRoundingExact: boolean;
  readonly totalUnits: string | null;
  /** Rate as an exact decimal (`"0.03"`), null without one. */
  readonly feeRate: string | null;
  readonly settlement: 'titre' | 'ac';
  readonly execution: 'conjointe' | 'separee';
  readonly account: string;
  readonly installments: 1 | 2 | 4 | 12;
  /** Eligible shared base B (cost base C for Mise à disposition). */
  readonly eligibleBase: string;
  /** Support costs V_j ventilated to the service, inside `eligibleBase` (§6.2); 0 without. */
  readonly supportCosts: string;
  /** Σ of non-eligible lines (excluded from the base). */
  readonly excluded: string;
  /** B' after overhead and rounding, null for Mise à disposition. */
  readonly sharedBase: string | null;
  /** Σ of direct costs after overhead. */
  readonly directTotal: string;
  /** Cost base to share of the checks (§4.6). */
  readonly checkBase: string;
  /** Σ quote-parts. */
  readonly total: string;
  /** total − checkBase. */
  readonly difference: string;
  readonly feeTotal: string;
  /** Σ billed amounts (titres), Σ quote-parts imputed on the AC, Σ own use of the porteur. */
  readonly billedTotal: string;
  readonly acTotal: string;
  readonly ownUseTotal: string;
  readonly terms: readonly TermDetail[];
  readonly charges: readonly ChargeDetail[];
  readonly lines: readonly LineDetail[];
}

/** A titre line, aligned with `json.titres` (same index); its object is `titreLineObject`. */
export interface TitreLineDetail {
  readonly debtor: number;
  readonly service: number;
  readonly kind: 'quote-part' | 'fee' | 'solde';
  /** Funding model of the service (the object of a Mise à disposition line differs). */
  readonly model: ModelId | null;
  /** ISO date the titre bears (`Echeancier`, `Date d'émission` or its period's first day). */
  readonly issueDate: string;
}

/** One installment of a billed amount and the titre that carries it. */
export interface InstallmentDetail {
  readonly service: number;
  readonly member: number;
  readonly kind: 'quote-part' | 'fee' | 'solde';
  /** Rank among the member's installments of this line, and their count. */
  readonly rank: number;
  readonly count: number;
  readonly period: string;
  readonly amount: string;
  /** Number and period of the titre carrying it; null when never issued (below the floor). */
  readonly titre: number | null;
  readonly titrePeriod: string | null;
}

/** A reduction, aligned with `json.reductions`. */
export interface ReductionDetail {
  readonly debtor: number;
  readonly service: number;
  readonly billed: string;
  readonly acompte: string;
  readonly amount: string;
  readonly account: string;
}

/** A member's AC line, aligned with `json.compensation`. */
export interface CompensationDetail {
  readonly member: number;
  readonly before: string;
  readonly services: readonly { readonly service: number; readonly amount: string }[];
  readonly imputed: string;
  readonly after: string;
  readonly negative: boolean;
}

/** A member in one scenario, aligned with `json.comparison`. */
export interface ComparisonDetail {
  readonly member: number;
  readonly scenario: string;
  readonly total: string;
  readonly delta: string;
  /** delta ÷ Référence total with 6 decimals (as in `QP Comparaison`), null when that total is 0. */
  readonly deltaRatio: string | null;
  readonly standalone: string | null;
  readonly gain: string | null;
  readonly notGaining: boolean;
}

/** Everything the annexes, the report and the export read, besides `RunOutcome.json`. */
export interface RunDetails {
  readonly run: { readonly generatedAt: string; readonly version: string; readonly source: string };
  readonly exercice: number;
  /** Issuer: `Organisme`, else the porteur's name. */
  readonly organisme: string | null;
  readonly convention: string | null;
  /** ISO issue date of the titres, if given. */
  readonly issueDate: string | null;
  readonly rounding: string;
  readonly unitCostRounding: string;
  readonly method: 'plus-forts-restes' | 'ligne-a-ligne';
  readonly titreFloor: string;
  readonly regularisation: boolean;
  readonly yearDays: number;
  readonly scenarios: readonly string[];
  readonly members: readonly MemberDetail[];
  /** Services in `Référence`, in `Services` order. */
  readonly services: readonly ServiceDetail[];
  readonly titreLines: readonly TitreLineDetail[];
  readonly installments: readonly InstallmentDetail[];
  readonly reductions: readonly ReductionDetail[];
  readonly compensation: readonly CompensationDetail[];
  readonly comparison: readonly ComparisonDetail[];
}
