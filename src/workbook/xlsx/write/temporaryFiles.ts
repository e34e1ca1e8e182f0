/**
 * The temporary files of atomic writes (`.<output>.<pid>.<8 hex>.tmp`, next to the
 * output): the ones this process has open, so that a signal handler can remove them
 * before the process dies, and a sweep of those a dead process left behind (SIGKILL,
 * power cut) — only names of this exact pattern, for the output about to be written,
 * whose pid is no running process.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const live = new Set<string>();
let abandonReason: () => string | null = () => null;

/**
 * Makes every later atomic write check `reason()` just before renaming its temporary file
 * over the output: a non-null reason abandons the write (the temporary file is removed,
 * the output left as it was) with that message.
 */
export function abandonWritesWhen(reason: () => string | null): void {
  abandonReason = reason;
}

/** Throws when writes are to be abandoned (see `abandonWritesWhen`). */
export function assertWritesWanted(): void {
  const reason = abandonReason();
  if (reason !== null) throw new WriteAbandonedError(reason);
}

/** An atomic write given up before its rename; the output is as it was. */
export class WriteAbandonedError extends Error {}

/** Name of a fresh temporary file for writing `outputPath`. */
export function temporaryPathFor(outputPath: string): string {
  return join(
    dirname(outputPath),
    `.${basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** Records a temporary file this process has created. */
export function trackTemporary(path: string): void {
  live.add(path);
}

/** Forgets a temporary file (renamed over its output, or removed). */
export function untrackTemporary(path: string): void {
  live.delete(path);
}

/** Removes, synchronously, every temporary file this process still has (for signal handlers). */
export function removeLiveTemporaryFiles(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone (renamed or removed meanwhile): nothing to clean.
    }
  }
  live.clear();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists (another user's); only ESRCH means it is gone.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes the temporary files of `outputPath` left by processes that no longer run;
 * returns their names. Failures (folder unreadable, file in use) are ignored: the sweep
 * only tidies up.
 */
export function sweepStaleTemporaries(outputPath: string): string[] {
  const folder = dirname(outputPath);
  const pattern = new RegExp(
    `^\\.${escapeRegExp(basename(outputPath))}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`,
  );
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    try {
      unlinkSync(join(folder, name));
      removed.push(name);
    } catch {
      // Not ours to insist on.
    }
  }
  return removed;
}
