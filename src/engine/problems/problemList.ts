/**
 * Collects the problems of a run. Parsing never throws on bad data: it records a
 * problem here and goes on, so that the user sees every problem at once.
 */
import type { Problem, Severity } from './problem';
import type { ProblemCode } from './problemCode';

/** Where a problem is: contract table, Excel row, column, value and the cell to select. */
export interface ProblemPlace {
  readonly table: string;
  readonly row?: number | null;
  readonly column?: string | null;
  readonly value?: string | null;
  readonly sheet?: string;
  readonly cell?: string;
}

/** An append-only list of problems with helpers for each severity. */
export class ProblemList {
  private readonly items: Problem[] = [];
  /** Keys of the problems already recorded: the same problem found twice is reported once. */
  private readonly seen = new Set<string>();

  /** Records an error: the input is invalid and nothing will be written. */
  error(code: ProblemCode, place: ProblemPlace, message: string): void {
    this.push('error', code, place, message);
  }

  /** Records a warning: reported, the run goes on. */
  warning(code: ProblemCode, place: ProblemPlace, message: string): void {
    this.push('warning', code, place, message);
  }

  /** Adds problems found elsewhere (e.g. by the adapter that read the file). */
  addAll(problems: readonly Problem[]): void {
    this.items.push(...problems);
  }

  /** Whether at least one error was recorded. */
  hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }

  /** Number of errors recorded so far. */
  errorCount(): number {
    return this.items.filter((p) => p.severity === 'error').length;
  }

  /** Every problem, errors first, each group in the order found. */
  all(): Problem[] {
    return [
      ...this.items.filter((p) => p.severity === 'error'),
      ...this.items.filter((p) => p.severity === 'warning'),
    ];
  }

  private push(severity: Severity, code: ProblemCode, place: ProblemPlace, message: string): void {
    const key = `${severity}|${code}|${place.table}|${place.row ?? ''}|${place.column ?? ''}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const problem: Problem = {
      severity,
      code,
      table: place.table,
      row: place.row ?? null,
      column: place.column ?? null,
      value: place.value ?? null,
      message,
      ...(place.sheet !== undefined ? { sheet: place.sheet } : {}),
      ...(place.cell !== undefined ? { cell: place.cell } : {}),
    };
    this.items.push(problem);
  }
}
