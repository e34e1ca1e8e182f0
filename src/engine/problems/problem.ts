/**
 * A problem found in the user's workbook, as a value (never an exception), so that the
 * task pane can list it and select the offending cell, and the CLI can print it.
 */

import type { ProblemCode } from './problemCode';

/** `error` makes the input invalid (nothing is written); `warning` is reported only. */
export type Severity = 'error' | 'warning';

/** One problem, with the fields of contract §4.7 plus the cell to select. */
export interface Problem {
  readonly severity: Severity;
  /** Stable code, e.g. `NOMBRE_INVALIDE`; documented in docs/problemes.md. */
  readonly code: ProblemCode;
  /** Contract table name (`Membres`, `Charges`…), or `Classeur` for the workbook itself. */
  readonly table: string;
  /** Worksheet row number as Excel shows it, or null when the problem is not on one row. */
  readonly row: number | null;
  /** Column header as the contract names it, or null. */
  readonly column: string | null;
  /** The offending value as text, or null. */
  readonly value: string | null;
  /** What is wrong and what to fix, in French. */
  readonly message: string;
  /** Worksheet holding the offending cell (for selection), when known. */
  readonly sheet?: string;
  /** A1 address of the offending cell (or header cell / table corner), when known. */
  readonly cell?: string;
}
