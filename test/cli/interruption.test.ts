/**
 * The interruption handlers of a `compute` process, on a stand-in process: a signal
 * removes the temporary files then re-raises itself; a relaunched child stops when its
 * parent's IPC channel closes and abandons any write once its parent has changed.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installInterruptionCleanup, type InterruptibleProcess } from '../../src/cli/interruption';
import { RELAUNCH_MARKER } from '../../src/cli/relaunch';
import {
  abandonWritesWhen,
  WriteAbandonedError,
} from '../../src/workbook/xlsx/write/temporaryFiles';
import { writeAtomically } from '../../src/workbook/xlsx/write/writeOutputFile';

class StandIn extends EventEmitter implements InterruptibleProcess {
  readonly pid = 4242;
  ppid = 17;
  readonly kills: [number, NodeJS.Signals][] = [];
  unrefs = 0;
  readonly channel?: { unref(): void };

  constructor(
    readonly env: NodeJS.ProcessEnv,
    withChannel: boolean,
  ) {
    super();
    if (withChannel) this.channel = { unref: () => void this.unrefs++ };
  }

  kill(pid: number, signal: NodeJS.Signals): boolean {
    this.kills.push([pid, signal]);
    return true;
  }
}

describe('installInterruptionCleanup', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'qp-int-'));
  });

  afterEach(() => {
    abandonWritesWhen(() => null);
    rmSync(folder, { recursive: true, force: true });
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'on %s removes the temporary file of the write in progress, then dies of the signal',
    async (signal) => {
      const target = new StandIn({}, false);
      installInterruptionCleanup(target);
      await writeAtomically(join(folder, 'out.xlsx'), () => {
        expect(readdirSync(folder)).toHaveLength(1);
        target.emit(signal);
        expect(readdirSync(folder)).toEqual([]);
      }).catch(() => undefined);
      expect(target.kills).toEqual([[4242, signal]]);
      expect(target.listenerCount(signal)).toBe(0);
    },
  );

  it('in a relaunched child: unrefs the channel, stops when it closes, abandons writes once the parent changed', async () => {
    const target = new StandIn({ [RELAUNCH_MARKER]: '1' }, true);
    installInterruptionCleanup(target);
    expect(target.unrefs).toBe(1);
    target.ppid = 1;
    await expect(writeAtomically(join(folder, 'out.xlsx'), () => undefined)).rejects.toBeInstanceOf(
      WriteAbandonedError,
    );
    expect(readdirSync(folder)).toEqual([]);
    target.emit('disconnect');
    expect(target.kills).toEqual([[4242, 'SIGTERM']]);
  });

  it('outside a relaunch, neither watches a channel nor abandons writes', async () => {
    const target = new StandIn({}, true);
    installInterruptionCleanup(target);
    expect(target.unrefs).toBe(0);
    target.ppid = 1;
    await writeAtomically(join(folder, 'out.xlsx'), () => undefined);
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
    expect(target.listenerCount('disconnect')).toBe(0);
  });
});
