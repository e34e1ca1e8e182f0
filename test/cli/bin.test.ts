/**
 * The real binary `bin/quote-part.js` (the compiled lib/, built here when missing):
 * `compute` is relaunched with the semi-space flag and its exit status comes back; other
 * commands run in place.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RELAUNCH_MARKER, SEMI_SPACE_FLAG } from '../../src/cli/relaunch';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'quote-part.js');

interface Seen {
  readonly execArgv: string[];
  readonly marker: string | null;
}

describe('bin/quote-part.js', () => {
  let folder: string;

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'lib', 'src', 'cli', 'relaunch.js'))) {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
        { cwd: ROOT, stdio: 'inherit' },
      );
    }
  });

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'qp-bin-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** Runs the binary with a preloaded probe recording each Node process's flags and marker. */
  function runBin(args: string[]): {
    status: number | null;
    stderr: string;
    stdout: string;
    seen: Seen[];
  } {
    const probe = join(folder, 'probe.js');
    writeFileSync(
      probe,
      `require('fs').writeFileSync(require('path').join(${JSON.stringify(folder)}, 'seen-' + process.pid + '.json'), JSON.stringify({ execArgv: process.execArgv, marker: process.env.${RELAUNCH_MARKER} ?? null }));`,
    );
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${probe}` };
    delete env[RELAUNCH_MARKER];
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: folder,
      env,
      encoding: 'utf8',
    });
    const seen = readdirSync(folder)
      .filter((name) => name.startsWith('seen-'))
      .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Seen);
    return { status: result.status, stderr: result.stderr, stdout: result.stdout, seen };
  }

  it('relaunches compute once with the semi-space flag and passes its exit status on', () => {
    const result = runBin(['compute', join(folder, 'absent.xlsx')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('fichier introuvable');
    expect(result.seen).toHaveLength(2);
    expect(result.seen).toContainEqual({ execArgv: [], marker: null });
    expect(result.seen).toContainEqual({ execArgv: [SEMI_SPACE_FLAG], marker: '1' });
  });

  it('prints the version in place, without a second process', () => {
    const result = runBin(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^quote-part \d+\.\d+\.\d+\n$/);
    expect(result.seen).toEqual([{ execArgv: [], marker: null }]);
  });
});
