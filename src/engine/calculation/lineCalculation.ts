/**
 * The structured description of how one participant's amount of one service is
 * computed: the steps a debtor redoes with a calculator (unit cost × units, or the
 * key's terms, base × share, rounding with the largest-remainder cent, direct costs,
 * fee). Built once from the exact results (`describeLine`) and written in words by
 * `calculationText`, it is the one source of the titre's base de liquidation and of the
 * annex's `Calcul` column. Plain JSON data (decimal strings), so it can sit in
 * `RunDetails`. A model or a later rule adds its own explanation as a `mention` step.
 */

/** A decimal value written either exactly or rounded for display (then shown with `≈`). */
export interface Figure {
  readonly text: string;
  readonly exact: boolean;
}

/**
 * An exact amount, its rounding to the `Arrondi` unit (half away from zero) and, with
 * the largest remainder, the unit it gave (+) or took (−) from that rounding.
 */
export interface Rounding {
  /** The exact amount before rounding (6 decimals when periodic). */
  readonly exact: Figure;
  /** `exact` rounded half away from zero to the unit, as shown. */
  readonly nearest: string;
  /** result − nearest (`"0.01"`, `"-0.01"`), null when the rounding alone gives the result. */
  readonly adjustment: string | null;
  /** The amount kept. */
  readonly result: string;
}

/**
 * One term of a key with the member's figures: percent × value (× presence) / total.
 * When the presence fractions make the total periodic, the term is written in
 * value-days, exact: value × days present / Σ (value × days present).
 */
export interface ShareTerm {
  readonly label: string;
  /** How the criterion's values are taken (the key's `CriterionKind`). */
  readonly kind: 'egalitaire' | 'membre' | 'usage' | 'palier';
  /** Weight in %, exact (`"50"`). */
  readonly percent: string;
  /**
   * The member's value: as typed, exact (`"1"` for Égalitaire); a tier share φ that is
   * periodic (`280/3`) is rounded to 12 decimals for display and shown with `≈`.
   */
  readonly value: Figure;
  /** `fraction`: × days/yearDays (a member not there all year); `days`: × days, the total in value-days. */
  readonly presence: {
    readonly form: 'fraction' | 'days';
    readonly days: number;
    readonly yearDays: number;
  } | null;
  /** Σ over participants of the values used (after presence; in value-days with `days`). */
  readonly total: Figure;
}

/** Mise à disposition: unit cost × units. */
export interface UnitCostStep {
  readonly kind: 'unit-cost';
  readonly unitCost: string;
  readonly unit: string;
  readonly units: string;
  /** How the unit cost was set: fixed by the convention, or C ÷ U rounded. */
  readonly derivation: {
    readonly cost: string;
    readonly totalUnits: string;
    readonly quotient: Figure;
    readonly rounding: string;
  } | null;
  readonly amount: Rounding;
}

/** Service commun, groupement: the share from the key's terms, then base × share. */
export interface ShareStep {
  readonly kind: 'share';
  readonly terms: readonly ShareTerm[];
  /** The share, exact or rounded for display (10 decimals, as in `QP Quote-parts`). */
  readonly share: Figure;
  readonly base: string;
  readonly amount: Rounding;
  readonly method: 'plus-forts-restes' | 'ligne-a-ligne';
}

/** Direct costs of the member added to its allocated part. */
export interface DirectStep {
  readonly kind: 'direct';
  readonly allocated: string;
  readonly direct: string;
  readonly total: string;
}

/** The coordinator's fee of a groupement: rate × quote-part, rounded. */
export interface FeeStep {
  readonly kind: 'fee';
  /** Rate as an exact decimal (`"0.02"`). */
  readonly rate: string;
  readonly of: string;
  readonly amount: Rounding;
}

/** An explanation that adds no figure to recompute (a model's or a rule's own mention). */
export interface MentionStep {
  readonly kind: 'mention';
  readonly text: string;
}

/** One step of a line's calculation. */
export type CalculationStep = UnitCostStep | ShareStep | DirectStep | FeeStep | MentionStep;

/** How a participant's amounts of one service are computed, step by step. */
export interface LineCalculation {
  /** The `Arrondi` unit as an exact decimal (`"0.01"`). */
  readonly unit: string;
  readonly steps: readonly CalculationStep[];
}
