import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RELAUNCH_MARKER,
  relaunchCommand,
  runChild,
  SEMI_SPACE_FLAG,
  type CurrentProcess,
} from '../../src/cli/relaunch';

const current: CurrentProcess = {
  execArgv: ['--max-old-space-size=8192'],
  script: '/app/bin/quote-part.js',
  args: ['compute', 'in.xlsx', '-q'],
  env: { PATH: '/bin' },
};

describe('relaunchCommand', () => {
  it('relaunches compute with the semi-space flag after the original Node flags, and the marker', () => {
    expect(relaunchCommand(current)).toEqual({
      args: [
        '--max-old-space-size=8192',
        SEMI_SPACE_FLAG,
        '/app/bin/quote-part.js',
        'compute',
        'in.xlsx',
        '-q',
      ],
      env: { PATH: '/bin', [RELAUNCH_MARKER]: '1' },
    });
  });

  it.each([
    ['help', { args: ['--help'] }],
    ['version', { args: ['--version'] }],
    ['no command', { args: [] }],
    ['an already relaunched process', { env: { [RELAUNCH_MARKER]: '1' } }],
    ['a semi-space size given as a flag', { execArgv: ['--max-semi-space-size=16'] }],
    ['a semi-space size in V8 spelling', { execArgv: ['--max_semi_space_size', '32'] }],
    [
      'a semi-space size in NODE_OPTIONS',
      { env: { NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=8' } },
    ],
    ['an attached debugger', { execArgv: ['--inspect-brk=9230'] }],
  ])('runs in place for %s', (_, change: Partial<CurrentProcess>) => {
    expect(relaunchCommand({ ...current, ...change })).toBeNull();
  });
});

describe('runChild', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'qp-relaunch-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('runs the script with the flag, the same arguments and the marker, and passes its exit status on', async () => {
    const script = join(folder, 'child.js');
    const report = join(folder, 'child.json');
    await writeFile(
      script,
      `require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2), marker: process.env.${RELAUNCH_MARKER} }));
process.exitCode = 7;`,
    );
    const command = relaunchCommand({
      execArgv: [],
      script,
      args: ['compute', 'x y.xlsx'],
      env: { ...process.env, [RELAUNCH_MARKER]: undefined },
    });
    expect(command).not.toBeNull();
    const end = await runChild(process.execPath, command!, new EventEmitter(), 'ignore');
    expect(end).toEqual({ code: 7, signal: null });
    const seen = JSON.parse(await readFile(report, 'utf8')) as {
      execArgv: string[];
      args: string[];
      marker: string;
    };
    expect(seen).toMatchObject({
      execArgv: [SEMI_SPACE_FLAG],
      args: ['compute', 'x y.xlsx'],
      marker: '1',
    });
  });

  it('forwards a signal to the child and reports that the child ended by it', async () => {
    const script = join(folder, 'wait.js');
    await writeFile(script, 'setInterval(() => undefined, 1000);');
    const signals = new EventEmitter();
    const ended = runChild(
      process.execPath,
      { args: [script], env: process.env },
      signals,
      'ignore',
    );
    signals.emit('SIGTERM');
    await expect(ended).resolves.toEqual({ code: null, signal: 'SIGTERM' });
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });

  it('rejects when the child cannot be started', async () => {
    await expect(
      runChild(
        join(folder, 'no-node'),
        { args: [], env: process.env },
        new EventEmitter(),
        'ignore',
      ),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
