/**
 * What a `compute` process does when it is interrupted: on SIGINT (Ctrl-C), SIGTERM or
 * SIGHUP it removes the temporary files of its unfinished writes, then dies of the same
 * signal (so the shell sees 130, 143…); the outputs keep what they held before. A
 * relaunched child (src/cli/relaunch.ts) also watches its parent through the IPC channel:
 * when the parent dies (even by SIGKILL, which cannot be forwarded) the child cleans up
 * and stops, and never renames a finished file over an output afterwards.
 */
import { abandonWritesWhen, removeLiveTemporaryFiles } from '../workbook/xlsx/write/temporaryFiles';
import { RELAUNCH_MARKER } from './relaunch';

/** Signals after which the process cleans up and dies. */
const INTERRUPTIONS = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).filter((signal) =>
  process.platform === 'win32' ? signal !== 'SIGHUP' : true,
);

/** The part of `process` this module uses (a stand-in in tests). */
export interface InterruptibleProcess {
  readonly pid: number;
  readonly ppid: number;
  readonly env: NodeJS.ProcessEnv;
  readonly channel?: { unref(): void } | undefined;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
  kill(pid: number, signal: NodeJS.Signals): unknown;
}

/** Installs the handlers; call once, in the process that runs `compute`. */
export function installInterruptionCleanup(
  target: InterruptibleProcess = process as unknown as InterruptibleProcess,
): void {
  const handlers = new Map<string, () => void>();
  const dieOf = (signal: NodeJS.Signals): void => {
    removeLiveTemporaryFiles();
    for (const [event, handler] of handlers) target.removeListener(event, handler);
    target.kill(target.pid, signal);
  };
  for (const signal of INTERRUPTIONS) {
    const handler = (): void => dieOf(signal);
    handlers.set(signal, handler);
    target.on(signal, handler);
  }
  if (target.env[RELAUNCH_MARKER] === undefined || target.channel === undefined) return;
  // Relaunched: the channel must not keep the child alive, but its end means the parent died.
  target.channel.unref();
  const parent = target.ppid;
  abandonWritesWhen(() =>
    target.ppid !== parent
      ? "le processus qui a lancé le calcul s'est arrêté : rien n'a été remplacé"
      : null,
  );
  const onDisconnect = (): void => dieOf('SIGTERM');
  handlers.set('disconnect', onDisconnect);
  target.on('disconnect', onDisconnect);
}
