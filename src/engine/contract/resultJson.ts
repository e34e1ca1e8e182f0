/**
 * The JSON result of a run, field for field as contract §5 names them. Amounts and
 * shares are decimal strings so that no consumer ever sees a binary float.
 */
import type { ModelId } from '../domain/inputModel';
import type { ProblemCode } from '../problems/problemCode';

/** `quoteParts` row: one per scenario × service × participant. */
export interface QuotePartJson {
  scenario: string;
  service: string;
  /** Never `service-support`: a support service has no participant (§6.2). */
  model: ModelId;
  member: string;
  share: string;
  unitCost: string | null;
  quotePart: string;
  fee: string;
  billed: string;
  settlement: 'titre' | 'ac' | 'direct' | 'own-use';
}

/** `titres` row: one per titre line. */
export interface TitreJson {
  number: number;
  line: number;
  period: string;
  debtor: string;
  service: string;
  account: string;
  amount: string;
  liquidation: string;
}

/** `reductions` row (régularisation only). */
export interface ReductionJson {
  debtor: string;
  service: string;
  amount: string;
}

/** `compensation` row: one per member settled on the AC. */
export interface CompensationJson {
  member: string;
  before: string;
  imputed: string;
  after: string;
}

/** `comparison` row: one per member × scenario. */
export interface ComparisonJson {
  member: string;
  scenario: string;
  total: string;
  delta: string;
  standalone: string | null;
  gain: string | null;
}

/** `coalitions` row: one per scenario × group of two or more members of `CoutsAutonomes` (§6.4). */
export interface CoalitionJson {
  scenario: string;
  /** The group as written. */
  group: string;
  /** Number of members in the group. */
  members: number;
  total: string;
  standalone: string;
  gain: string;
  /** false when the group would gain by leaving (gain < 0). */
  stable: boolean;
}

/** `evolution` row (§6.5): one per member × service of `Historique` or of Référence (no total rows). */
export interface EvolutionJson {
  member: string;
  service: string;
  /** Last year's amount, null when `Historique` has none. */
  previous: string | null;
  /** This year's q_i + g_i in Référence, null when the member does not take part. */
  current: string | null;
  delta: string;
  /** Change in %, 2 decimals; null when previous is 0 or blank. */
  percent: string | null;
}

/** `checks` row: one per scenario × service. */
export interface CheckJson {
  scenario: string;
  service: string;
  base: string;
  total: string;
  difference: string;
}

/** `ventilation` row (§6.2): one per support service and receiver it keeps in the method used. */
export interface VentilationJson {
  support: string;
  service: string;
  /** `Poids` as read (`75 %` = 0.75), rows of the pair added up. */
  weight: string;
  /** a_st, 10 decimals. */
  share: string;
  /** T_s · a_st rounded to `Arrondi` (informative). */
  amount: string;
}

/** `ventilationTotals` row (§6.2): one per service, in `Services` order. */
export interface VentilationTotalJson {
  service: string;
  /** D_s for a support service, rounded to `Arrondi`; null for the others. */
  direct: string | null;
  /** T_s for a support service, rounded to `Arrondi`; null for the others. */
  total: string | null;
  /** V_j for a non-support service (0 included); null for a support. */
  received: string | null;
}

/** `issues` row: a problem (contract §4.7). */
export interface IssueJson {
  severity: 'error' | 'warning';
  code: ProblemCode;
  table: string;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

/** The whole `--json` document. */
export interface ResultJson {
  quoteParts: QuotePartJson[];
  titres: TitreJson[];
  reductions: ReductionJson[];
  compensation: CompensationJson[];
  comparison: ComparisonJson[];
  coalitions: CoalitionJson[];
  evolution: EvolutionJson[];
  checks: CheckJson[];
  ventilation: VentilationJson[];
  ventilationTotals: VentilationTotalJson[];
  issues: IssueJson[];
}

/**
 * The `--json` document as row sequences, in the contract's key order: each property can
 * be iterated any number of times and produces its rows anew (the 735,000 rows of a
 * 35,000-member run are written out one by one, never held). `ResultJson` satisfies it.
 */
export type ResultJsonRows = { readonly [K in keyof ResultJson]: Iterable<ResultJson[K][number]> };

/**
 * Receives the JSON rows of the quote-parts and titres tables while the plan's generated
 * rows are produced (the CLI writes `--json` in the same pass as the workbook).
 */
export type GeneratedRowObserver = (
  key: 'quoteParts' | 'titres',
  row: QuotePartJson | TitreJson,
) => void;
