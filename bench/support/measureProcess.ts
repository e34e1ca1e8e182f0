/**
 * Runs a command as a child process and measures its wall time and peak resident memory:
 * through GNU time (`/usr/bin/time -v`, Debian package `time`) when it is installed, else
 * by polling the child's `VmHWM` in /proc every 20 ms (which can miss a peak shorter than
 * that, so GNU time is preferred and the method is reported).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** What one measured run gave. */
export interface ProcessMeasure {
  readonly exitCode: number | null;
  readonly wallSeconds: number;
  /** Peak resident set size in MiB. */
  readonly peakMiB: number;
  /**
   * CPU time (user + system, seconds) of the child and the descendants it waited for
   * (GNU time); with the /proc poll, the last utime + stime read of the child itself only
   * (a lower bound, NaN when never read).
   */
  readonly cpuSeconds: number;
  readonly method: 'gnu-time' | 'proc-poll';
  /** Whether the run was stopped at its time limit (then the figures are lower bounds). */
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

const GNU_TIME = '/usr/bin/time';

function peakFromGnuTime(stderr: string): number {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

function cpuFromGnuTime(stderr: string): number {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  return user && system ? Number(user[1]) + Number(system[1]) : Number.NaN;
}

/** utime + stime of `pid` in seconds, from /proc/PID/stat (clock ticks of 1/100 s on Linux). */
function cpuFromProc(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function vmHwmKiB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `command args…` in `cwd` and measures it; with `timeoutSeconds`, the whole process
 * group is killed at that limit (the child runs in its own group for that).
 */
export function measureProcess(
  command: string,
  args: readonly string[],
  cwd: string,
  timeoutSeconds?: number,
): Promise<ProcessMeasure> {
  const useGnuTime = existsSync(GNU_TIME);
  const [file, argv] = useGnuTime ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: timeoutSeconds !== undefined,
    });
    let timedOut = false;
    const timer =
      timeoutSeconds === undefined
        ? null
        : setTimeout(() => {
            timedOut = true;
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          }, timeoutSeconds * 1000);
    let stdout = '';
    let stderr = '';
    let polledKiB = 0;
    let polledCpu = Number.NaN;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const poll = useGnuTime
      ? null
      : setInterval(() => {
          polledKiB = Math.max(polledKiB, child.pid ? vmHwmKiB(child.pid) : 0);
          const cpu = child.pid ? cpuFromProc(child.pid) : Number.NaN;
          if (Number.isFinite(cpu)) polledCpu = cpu;
        }, 20);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolvePromise({
        exitCode,
        wallSeconds,
        peakMiB: useGnuTime ? peakFromGnuTime(stderr) : polledKiB / 1024,
        cpuSeconds: useGnuTime ? cpuFromGnuTime(stderr) : polledCpu,
        method: useGnuTime ? 'gnu-time' : 'proc-poll',
        timedOut,
        stdout,
        stderr,
      });
    });
  });
}
