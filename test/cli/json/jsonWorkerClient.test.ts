import { closeSync, openSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonWorkerClient } from '../../../src/cli/json/jsonWorkerClient';
import { sharedRing } from '../../../src/cli/json/textRing';

describe('JsonWorkerClient', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'qp-json-worker-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('has the worker write the document to the open file, then stop', async () => {
    const path = join(folder, 'r.json');
    const fd = openSync(path, 'w');
    try {
      const worker = new JsonWorkerClient();
      worker.post({ type: 'start', fd, keys: ['a', 'b'], ring: sharedRing(1024) });
      worker.post({ type: 'value', k: 1, text: '3' });
      await worker.finish();
    } finally {
      closeSync(fd);
    }
    expect(await readFile(path, 'utf8')).toBe(`${JSON.stringify({ a: [], b: 3 }, null, 2)}\n`);
  });

  it("rejects with the worker's file-system error, code included", async () => {
    const path = join(folder, 'r.json');
    writeFileSync(path, '');
    const fd = openSync(path, 'r');
    try {
      const worker = new JsonWorkerClient();
      worker.post({ type: 'start', fd, keys: ['a'], ring: sharedRing(1024) });
      await expect(worker.finish()).rejects.toMatchObject({ code: 'EBADF' });
    } finally {
      closeSync(fd);
    }
  });

  it('stops a worker at once', async () => {
    const worker = new JsonWorkerClient();
    await expect(worker.stop()).resolves.toBeUndefined();
  });
});
