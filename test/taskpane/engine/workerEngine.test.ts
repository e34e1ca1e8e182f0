import type { RawWorkbook, RunOptions, RunOutcome, WorkbookInventory } from '../../../src/engine';
import { answerEngineRequest } from '../../../src/taskpane/engine/answerEngineRequest';
import type { EngineRequest, EngineResponse } from '../../../src/taskpane/engine/engineMessages';
import type { EngineOperations } from '../../../src/taskpane/engine/engineOperations';
import { createMainThreadEngine, type EngineFunctions } from '../../../src/taskpane/engine/mainThreadEngine';
import { createWorkerEngine } from '../../../src/taskpane/engine/workerEngine';
import { SAMPLE_INVENTORY, okOutcome } from '../support/paneFakes';

const WORKBOOK: RawWorkbook = { tables: [], sheetNames: ['Feuil1'] };
const OPTIONS: RunOptions = { generatedAt: '2026-01-01T00:00:00Z', version: 't', source: 'x.xlsx', host: 'preview' };

/** Synchronous engine functions for the tests. */
function engineFunctions(run: () => RunOutcome = okOutcome): EngineFunctions {
  return { inspectWorkbook: () => SAMPLE_INVENTORY, runQuotePart: () => run() };
}

/** A Worker that answers each message on the next tick with `answerEngineRequest`. */
class FakeWorker {
  static created = 0;
  onmessage: ((event: { data: EngineResponse }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  readonly received: EngineRequest[] = [];
  terminated = false;

  constructor(private readonly engine: EngineFunctions) {
    FakeWorker.created++;
  }

  postMessage(request: EngineRequest): void {
    this.received.push(structuredClone(request));
    setTimeout(() => this.onmessage?.({ data: answerEngineRequest(request, this.engine) }), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Fallback engine that records whether it was used. */
function recordingFallback(): EngineOperations & { used: string[] } {
  const used: string[] = [];
  const inner = createMainThreadEngine(async () => engineFunctions());
  return {
    used,
    inspectWorkbook: (workbook) => (used.push('inspect'), inner.inspectWorkbook(workbook)),
    runQuotePart: (workbook, options) => (used.push('run'), inner.runQuotePart(workbook, options)),
  };
}

describe('createWorkerEngine', () => {
  const realWorker = (globalThis as { Worker?: unknown }).Worker;
  beforeEach(() => {
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
    FakeWorker.created = 0;
  });
  afterEach(() => {
    (globalThis as { Worker?: unknown }).Worker = realWorker;
  });

  it('sends requests to one worker and pairs each answer with its call', async () => {
    let worker: FakeWorker | undefined;
    const fallback = recordingFallback();
    const engine = createWorkerEngine(() => (worker = new FakeWorker(engineFunctions())) as unknown as Worker, fallback);
    const [inventory, outcome] = await Promise.all([engine.inspectWorkbook(WORKBOOK), engine.runQuotePart(WORKBOOK, OPTIONS)]);
    expect(inventory).toEqual<WorkbookInventory>(SAMPLE_INVENTORY);
    expect(outcome.status).toBe('ok');
    expect(FakeWorker.created).toBe(1);
    expect(worker?.received.map((request) => request.kind)).toEqual(['inspect', 'run']);
    expect(worker?.received[1]).toEqual({ id: 2, kind: 'run', workbook: WORKBOOK, options: OPTIONS });
    expect(fallback.used).toEqual([]);
  });

  it('rejects with the message of an exception thrown by the engine', async () => {
    const broken = engineFunctions(() => {
      throw new Error('invariant cassé');
    });
    const engine = createWorkerEngine(() => new FakeWorker(broken) as unknown as Worker, recordingFallback());
    await expect(engine.runQuotePart(WORKBOOK, OPTIONS)).rejects.toThrow('invariant cassé');
  });

  it('runs on the main thread when the worker cannot be created', async () => {
    const fallback = recordingFallback();
    const engine = createWorkerEngine(() => {
      throw new Error('SecurityError');
    }, fallback);
    expect((await engine.runQuotePart(WORKBOOK, OPTIONS)).status).toBe('ok');
    expect(fallback.used).toEqual(['run']);
  });

  it('falls back to the main thread for pending calls when the worker fails to load', async () => {
    let worker: FakeWorker | undefined;
    const silent = new FakeWorker(engineFunctions());
    silent.postMessage = function (this: FakeWorker, request: EngineRequest) {
      this.received.push(request);
      setTimeout(() => this.onerror?.({ message: 'chunk introuvable', preventDefault: () => undefined }), 0);
    };
    const fallback = recordingFallback();
    const engine = createWorkerEngine(() => (worker = silent) as unknown as Worker, fallback);
    expect(await engine.inspectWorkbook(WORKBOOK)).toEqual(SAMPLE_INVENTORY);
    expect(worker?.terminated).toBe(true);
    expect(fallback.used).toEqual(['inspect']);
    await engine.runQuotePart(WORKBOOK, OPTIONS);
    expect(fallback.used).toEqual(['inspect', 'run']);
  });

  it('runs on the main thread where Web Workers do not exist', async () => {
    (globalThis as { Worker?: unknown }).Worker = undefined;
    const fallback = recordingFallback();
    const engine = createWorkerEngine(() => new FakeWorker(engineFunctions()) as unknown as Worker, fallback);
    await engine.inspectWorkbook(WORKBOOK);
    expect(FakeWorker.created).toBe(0);
    expect(fallback.used).toEqual(['inspect']);
  });
});
