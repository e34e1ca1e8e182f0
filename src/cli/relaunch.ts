/**
 * Relaunch of the CLI with a larger young generation. `--max-semi-space-size=64` cuts the
 * garbage-collection work of a large run (whole `compute`, CPU time: 10,000 members
 * 11.2 s → 9.6 s, 35,000 members 20.6 s → 17.0 s, for about 170 / 310 MB more peak
 * memory), but V8 sizes its heap when the process starts: `v8.setFlagsFromString`
 * afterwards leaves the semi-space as it was (checked: new space stays at 32 MB). So
 * `bin/quote-part.js` starts `compute` again in a child Node process with the flag (and
 * the parent's own Node flags), sharing its standard streams, forwarding signals and
 * passing on its exit status; an IPC channel lets the child notice the parent's death
 * (src/cli/interruption.ts). An environment marker prevents a second relaunch.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { constants } from 'node:os';

/** The Node flag the relaunch adds. */
export const SEMI_SPACE_FLAG = '--max-semi-space-size=64';
/** Environment variable set in the relaunched process. */
export const RELAUNCH_MARKER = 'QUOTE_PART_RELAUNCHED';

/** Signals passed on to the child while it runs (those this platform knows). */
const FORWARDED_SIGNALS = (['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const).filter(
  (signal) => signal in constants.signals,
);

/** What the current process was started with. */
export interface CurrentProcess {
  /** Node's own flags (`process.execArgv`). */
  readonly execArgv: readonly string[];
  /** Path of the script (`bin/quote-part.js`). */
  readonly script: string;
  /** Arguments after the script. */
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

/** Node arguments and environment of the child. */
export interface RelaunchCommand {
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

const setsSemiSpace = (flag: string): boolean => /^--max[-_]semi[-_]space[-_]size(=|$)/.test(flag);
const debugs = (flag: string): boolean => /^--(inspect|debug)/.test(flag);

/**
 * The child's command, or null when the CLI should run in this process: anything but
 * `compute` (help, version, usage errors need no large heap), an already relaunched
 * process, a semi-space size chosen by the user (flag or NODE_OPTIONS), or a debugger
 * attached to this process.
 */
export function relaunchCommand(current: CurrentProcess): RelaunchCommand | null {
  if (current.args[0] !== 'compute' || current.env[RELAUNCH_MARKER] !== undefined) return null;
  const nodeOptions = (current.env.NODE_OPTIONS ?? '').split(/\s+/);
  if ([...current.execArgv, ...nodeOptions].some((flag) => setsSemiSpace(flag) || debugs(flag)))
    return null;
  return {
    args: [...current.execArgv, SEMI_SPACE_FLAG, current.script, ...current.args],
    env: { ...current.env, [RELAUNCH_MARKER]: '1' },
  };
}

/** How the child ended: its exit code, or the signal that stopped it. */
export type ChildEnd =
  | { readonly code: number; readonly signal: null }
  | { readonly code: null; readonly signal: NodeJS.Signals };

/** What receives the signals to forward (the process, or a stand-in in tests). */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  removeListener(signal: NodeJS.Signals, listener: () => void): unknown;
}

/**
 * Runs `execPath command.args…` with the given standard streams (inherited by default),
 * forwarding the signals this process receives until the child ends. Rejects when the
 * child cannot be started.
 */
export function runChild(
  execPath: string,
  command: RelaunchCommand,
  signals: SignalSource = process,
  stdio: StdioOptions = 'inherit',
): Promise<ChildEnd> {
  return new Promise((resolveEnd, reject) => {
    // An IPC channel besides the streams: the child sees it close when this process dies,
    // even by SIGKILL, and stops (src/cli/interruption.ts).
    const streams = typeof stdio === 'string' ? [stdio, stdio, stdio] : [...stdio].slice(0, 3);
    const child = spawn(execPath, [...command.args], {
      env: command.env,
      stdio: [...streams, 'ipc'],
    });
    const forwarders = FORWARDED_SIGNALS.map((signal) => {
      const forward = (): void => {
        child.kill(signal);
      };
      signals.on(signal, forward);
      return { signal, forward };
    });
    const stopForwarding = (): void =>
      forwarders.forEach(({ signal, forward }) => signals.removeListener(signal, forward));
    child.on('error', (error) => {
      // Only a child that never started is a failure to run; a failed kill() is not.
      if (child.pid !== undefined) return;
      stopForwarding();
      reject(error);
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      resolveEnd(signal !== null ? { code: null, signal } : { code: code ?? 1, signal: null });
    });
  });
}
