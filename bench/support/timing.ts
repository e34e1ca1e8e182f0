/**
 * Small timing helpers of the benchmarks: a monotonic clock and a garbage collection
 * between measurements when node runs with `--expose-gc` (as `npm run bench` does).
 */

/** Monotonic time in nanoseconds. */
export function now(): bigint {
  return process.hrtime.bigint();
}

/** Seconds since `start`. */
export function elapsedSeconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Runs a full garbage collection when available, so one measurement does not pay for the last. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Formats a count with thin grouping, e.g. 2 000 000. */
export function grouped(value: number): string {
  return Math.round(value)
    .toLocaleString('fr-FR')
    .replace(/\u202f|\u00a0/g, ' ');
}
