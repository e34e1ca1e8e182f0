/**
 * What the CLI needs from its process: two output streams and a clock. Injected so that
 * tests run `main` in-process and read what it printed.
 */

/** Output streams and clock of a CLI run. */
export interface CliIo {
  /** Writes text (already ending with a newline where needed) to standard output. */
  readonly out: (text: string) => void;
  /** Writes text to standard error. */
  readonly err: (text: string) => void;
  /** Current time (the engine reads no clock: the CLI passes it in). */
  readonly now: () => Date;
}

/** The real process streams and clock. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    now: () => new Date(),
  };
}
