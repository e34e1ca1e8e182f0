/**
 * Temporary files of atomic writes: tracked while they exist (a signal handler removes
 * them), swept when a dead process left them, never when their process still runs or the
 * name is not exactly ours; a write abandoned just before its rename leaves the output as
 * it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  abandonWritesWhen,
  removeLiveTemporaryFiles,
  sweepStaleTemporaries,
  WriteAbandonedError,
} from '../../../../src/workbook/xlsx/write/temporaryFiles';
import { writeFileAtomically } from '../../../../src/workbook/xlsx/write/writeOutputFile';

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('temporary files', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'qp-tmp-'));
  });

  afterEach(() => {
    abandonWritesWhen(() => null);
    rmSync(folder, { recursive: true, force: true });
  });

  it("sweeps only this output's temporary files whose process is gone", () => {
    const dead = deadPid();
    const names = [
      `.out.xlsx.${dead}.0123abcd.tmp`, // stale: swept
      `.out.xlsx.${process.pid}.0123abcd.tmp`, // this process's: kept
      `.out.xlsx.${process.ppid}.89abcdef.tmp`, // a running process's: kept
      `.autre.xlsx.${dead}.0123abcd.tmp`, // another output's: kept
      `.out.xlsx.${dead}.0123abcd.tmp.bak`, // not the pattern: kept
      `.out.xlsx.${dead}.XYZ.tmp`,
      'out.xlsx',
    ];
    for (const name of names) writeFileSync(join(folder, name), 'x');
    expect(sweepStaleTemporaries(join(folder, 'out.xlsx'))).toEqual([names[0]]);
    expect(readdirSync(folder).sort()).toEqual(names.slice(1).sort());
  });

  it('removes the temporary file of a write still in progress (what a signal handler does)', async () => {
    const output = join(folder, 'out.csv');
    let seen: string[] = [];
    const { writeAtomically } = await import('../../../../src/workbook/xlsx/write/writeOutputFile');
    await writeAtomically(output, () => {
      seen = readdirSync(folder);
      removeLiveTemporaryFiles();
      expect(readdirSync(folder)).toEqual([]);
    }).catch(() => undefined);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(new RegExp(`^\\.out\\.csv\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
    expect(existsSync(output)).toBe(false);
  });

  it('a stale temporary file is swept by the next write of the same output', async () => {
    const stale = join(folder, `.out.csv.${deadPid()}.deadbeef.tmp`);
    writeFileSync(stale, 'half a file');
    await writeFileAtomically(join(folder, 'out.csv'), new TextEncoder().encode('a;b\r\n'));
    expect(readdirSync(folder)).toEqual(['out.csv']);
  });

  it('abandons a write just before its rename when asked, leaving the output as it was', async () => {
    const output = join(folder, 'out.csv');
    writeFileSync(output, 'before');
    abandonWritesWhen(() => 'parti');
    await expect(
      writeFileAtomically(output, new TextEncoder().encode('after')),
    ).rejects.toBeInstanceOf(WriteAbandonedError);
    expect(readFileSync(output, 'utf8')).toBe('before');
    expect(readdirSync(folder)).toEqual(['out.csv']);
  });
});
