/**
 * Progress lines on standard error (`Lecture… / Calcul… / Écriture…` with counts and
 * durations). Shown with `--progress`, or on their own when the workbook is large; never
 * with `--quiet`.
 */
import type { CliIo } from './cliIo';

/** Above this many rows in the workbook, progress is shown without `--progress`. */
export const LARGE_WORKBOOK_ROWS = 5_000;

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A count written the French way (`35 000`). */
export function frenchCount(value: number): string {
  return integer.format(value);
}

/** Seconds with one decimal (`1,4 s`). */
export function frenchSeconds(milliseconds: number): string {
  return `${oneDecimal.format(milliseconds / 1000)} s`;
}

/** Megabytes with one decimal (`30,2 Mo`). */
export function frenchMegabytes(bytes: number): string {
  return `${oneDecimal.format(bytes / 1_000_000)} Mo`;
}

/** Progress reporter of one run. */
export class Progress {
  private enabled: boolean;
  private started = 0;

  constructor(
    private readonly io: CliIo,
    private readonly mode: 'auto' | 'on' | 'off',
  ) {
    this.enabled = mode === 'on';
  }

  /** Decides, once the size is known, whether an automatic progress display is on. */
  sizeKnown(rows: number): void {
    if (this.mode === 'auto') this.enabled = rows > LARGE_WORKBOOK_ROWS;
  }

  /** Starts a step: prints `label…` when shown, and starts its clock. */
  start(label: string): void {
    this.started = this.io.now().getTime();
    if (this.enabled) this.io.err(`${label}…\n`);
  }

  /** Ends a step: prints `label : details (durée)` when shown. */
  done(label: string, details: string): void {
    if (this.enabled)
      this.io.err(
        `${label} : ${details} (${frenchSeconds(this.io.now().getTime() - this.started)})\n`,
      );
  }
}
