/**
 * Types of the engine's public entry points (see `src/engine/index.ts`): what a shell
 * passes in and what it gets back. Shells never look inside the engine's modules.
 */
import type { Problem } from '../problems/problem';
import type { WritePlan } from '../plan/writePlan';
import type { GeneratedRowObserver, ResultJson, ResultJsonRows } from './resultJson';
import type { RunDetails } from './runDetails';

/** Options of a run, recorded in the `QP Journal` sheet. */
export interface RunOptions {
  /** ISO date-time of the run (passed in: the engine reads no clock). */
  readonly generatedAt: string;
  /** QuotePart version. */
  readonly version: string;
  /** Name of the workbook (file name or document title). */
  readonly source: string;
  /** Where the run happens. */
  readonly host: 'cli' | 'excel' | 'preview';
  /**
   * When set, also plan the per-member annex (`QP Annexe membre`) of this member, matched
   * like every contract name; an unknown name is a warning `ANNEXE_MEMBRE_INCONNU`.
   */
  readonly annexMember?: string;
  /**
   * When set (`2026-T2`), the titres written to `QP Titres`, the JSON and the exports are
   * those of this period only (numbers and dates as in the full-year run); an unknown
   * period is an error `PERIODE_DEMANDEE_INCONNUE`.
   */
  readonly period?: string;
}

/** One line of the per-service summary shown after a run. */
export interface ServiceSummary {
  readonly scenario: string;
  readonly service: string;
  readonly model: string;
  /** Cost base to share, decimal string. */
  readonly base: string;
  /** Σ quote-parts, decimal string. */
  readonly total: string;
  /** total − base, decimal string. */
  readonly difference: string;
  readonly participants: number;
}

/** One line of the per-scenario summary. */
export interface ScenarioSummary {
  readonly scenario: string;
  /** Σ over services of Σ quote-parts + fees, decimal string. */
  readonly total: string;
  /** Members whose total is higher than in Référence. */
  readonly losers: number;
  /** Members whose stand-alone cost is below their total (null without CoutsAutonomes). */
  readonly membersNotGaining: number | null;
  /**
   * The stability test (§6.4) over the members and groups `CoutsAutonomes` gives: the names
   * of those that would gain by leaving (empty: every one of them gains), null when it gives none.
   */
  readonly wouldLeave: readonly string[] | null;
}

/** What a run computed, in a form a shell can print or display. */
export interface RunSummary {
  readonly exercice: number | null;
  readonly services: readonly ServiceSummary[];
  readonly scenarios: readonly ScenarioSummary[];
  /** Rows of the quote-parts table (scenario × service × participant). */
  readonly quoteParts: number;
  readonly titres: number;
  /**
   * Labels of the periods the full-year run issues titres for, in calendar order (first
   * day, the longer period first when two start together): what `period` may select.
   * Absent from summaries made before it existed (fakes); empty for an invalid run.
   */
  readonly periods?: readonly string[];
  readonly titreLines: number;
  /** Σ of titre lines, decimal string. */
  readonly titresTotal: string;
  readonly reductions: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Result of `runQuotePart`. With `status: 'invalid'`, `plan` is null and nothing may be written. */
export interface RunOutcome {
  readonly status: 'ok' | 'invalid';
  readonly problems: readonly Problem[];
  /** The `--json` document as arrays (for a valid run, built on first read and kept). */
  readonly json: ResultJson;
  /**
   * The same document as row sequences produced on demand: what the CLI streams to its
   * `--json` file without holding the rows (the arrays of `json` once they exist).
   * Absent from an outcome copied to another thread (task pane), which carries `json`.
   */
  readonly jsonRows?: () => ResultJsonRows;
  /**
   * Hands every row of the quote-parts and titres tables, as its JSON row, to `observer`
   * while the plan generates it (null stops): the CLI writes `--json` in the same pass as
   * the workbook instead of formatting 735,000 rows twice. Absent like `jsonRows`.
   */
  readonly observeGeneratedRows?: (observer: GeneratedRowObserver | null) => void;
  /** What to write; its large tables are `GeneratedRows` (see `materializePlan`). */
  readonly plan: WritePlan | null;
  readonly summary: RunSummary;
  /**
   * Details of a valid run (cost lines, keys, installments, debtor coding) that annexes,
   * `buildReport` and `exportTitres` read; plain data like `json`. Absent when invalid.
   */
  readonly details?: RunDetails;
}

/** What `inspectWorkbook` found: for the task pane's "what was found" panel. */
export interface WorkbookInventory {
  readonly exercice: number | null;
  /** For each contract table: found or not, where, and how many data rows. */
  readonly tables: readonly {
    readonly table: string;
    readonly required: boolean;
    readonly found: boolean;
    readonly source: 'table' | 'sheet' | null;
    readonly sheet: string | null;
    readonly rows: number;
  }[];
  readonly members: number;
  readonly services: number;
  readonly scenarios: readonly string[];
}
