import type {
  PlanRow,
  RawWorkbook,
  RunDetails,
  RunOptions,
  RunOutcome,
  WorkbookInventory,
} from '../../../src/engine';
import { answerEngineRequest } from '../../../src/taskpane/engine/answerEngineRequest';
import type { EngineRequest, EngineResponse } from '../../../src/taskpane/engine/engineMessages';
import type { EngineOperations } from '../../../src/taskpane/engine/engineOperations';
import { KeptRuns, RUN_NOT_KEPT } from '../../../src/taskpane/engine/keptRuns';
import {
  createMainThreadEngine,
  type EngineFunctions,
} from '../../../src/taskpane/engine/mainThreadEngine';
import { ENGINE_STOPPED, createWorkerEngine } from '../../../src/taskpane/engine/workerEngine';
import { PLAN_CHUNK_ROWS } from '../../../src/taskpane/engine/planOutline';
import { PART_MAX_CELLS } from '../../../src/taskpane/engine/workbookParts';
import { isStreamed } from '../../../src/workbook/office/streamedPlan';
import {
  CONVENTION_ANNEX,
  MEMBER_PLAN,
  REPORT_HTML,
  SAMPLE_INVENTORY,
  okOutcome,
  titresExport,
} from '../support/paneFakes';

const WORKBOOK: RawWorkbook = { tables: [], sheetNames: ['Feuil1'] };
const OPTIONS: RunOptions = {
  generatedAt: '2026-01-01T00:00:00Z',
  version: 't',
  source: 'x.xlsx',
  host: 'preview',
};

/** Synchronous engine functions for the tests. */
function engineFunctions(run: () => RunOutcome = okOutcome): EngineFunctions {
  return {
    inspectWorkbook: () => SAMPLE_INVENTORY,
    runQuotePart: () => run(),
    buildMemberAnnexPlan: () => MEMBER_PLAN,
    exportTitres: (_outcome, profile) => titresExport(profile),
    buildReport: () => REPORT_HTML,
    buildConventionAnnex: () => CONVENTION_ANNEX,
  };
}

/** A Worker that answers each message on the next tick with `answerEngineRequest`, through a structured clone as a real one. */
class FakeWorker {
  static created = 0;
  onmessage: ((event: { data: EngineResponse }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  readonly received: EngineRequest[] = [];
  readonly runs = new KeptRuns();
  terminated = false;

  constructor(private readonly engine: EngineFunctions) {
    FakeWorker.created++;
  }

  postMessage(request: EngineRequest): void {
    this.received.push(structuredClone(request));
    setTimeout(
      () =>
        this.onmessage?.({
          data: structuredClone(answerEngineRequest(request, this.engine, this.runs)),
        }),
      0,
    );
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
    buildMemberAnnexPlan: (outcome, member) => (
      used.push('memberAnnex'),
      inner.buildMemberAnnexPlan(outcome, member)
    ),
    exportTitres: (outcome, profile) => (used.push('export'), inner.exportTitres(outcome, profile)),
    buildReport: (outcome, options) => (used.push('report'), inner.buildReport(outcome, options)),
    buildConventionAnnex: (outcome, options) => (
      used.push('conventionAnnex'),
      inner.buildConventionAnnex(outcome, options)
    ),
    streamPlan: (outcome) => (used.push('streamPlan'), inner.streamPlan(outcome)),
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
    const engine = createWorkerEngine(
      () => (worker = new FakeWorker(engineFunctions())) as unknown as Worker,
      fallback,
    );
    const [inventory, outcome] = await Promise.all([
      engine.inspectWorkbook(WORKBOOK),
      engine.runQuotePart(WORKBOOK, OPTIONS),
    ]);
    expect(inventory).toEqual<WorkbookInventory>(SAMPLE_INVENTORY);
    expect(outcome.status).toBe('ok');
    expect(FakeWorker.created).toBe(1);
    // The workbook goes once (one part: it has no rows), and both requests name its upload.
    expect(worker?.received.map((request) => request.kind)).toEqual(['upload', 'inspect', 'run']);
    expect(worker?.received[2]).toEqual({
      id: 3,
      kind: 'run',
      workbook: { upload: 1 },
      options: OPTIONS,
    });
    expect(fallback.used).toEqual([]);
  });

  it('uploads a large workbook once, in parts, and the engine reads it whole', async () => {
    const rows = Array.from({ length: 2 * PART_MAX_CELLS + 7 }, (_, i) => [`M${i}`, i]);
    const large: RawWorkbook = {
      sheetNames: ['Membres', 'Charges'],
      tables: [
        {
          name: 'Membres',
          sheet: 'Membres',
          source: 'table',
          headerRow: 1,
          firstColumn: 1,
          headers: ['Membre', 'Poids'],
          rows,
        },
        {
          name: 'Charges',
          sheet: 'Charges',
          source: 'sheet',
          headerRow: 3,
          firstColumn: 2,
          headers: ['Service'],
          rows: [['Messagerie']],
          rowNumbers: [5],
        },
      ],
    };
    const seen: RawWorkbook[] = [];
    let worker: FakeWorker | undefined;
    const engine = createWorkerEngine(
      () =>
        (worker = new FakeWorker({
          ...engineFunctions(),
          inspectWorkbook: (workbook) => (seen.push(workbook), SAMPLE_INVENTORY),
          runQuotePart: (workbook) => (seen.push(workbook), okOutcome()),
        })) as unknown as Worker,
      recordingFallback(),
    );
    await Promise.all([engine.inspectWorkbook(large), engine.runQuotePart(large, OPTIONS)]);
    const kinds = worker?.received.map((request) => request.kind) ?? [];
    // 2 × PART_MAX_CELLS + 7 rows of 2 cells: 5 parts of rows after the outline.
    expect(kinds).toEqual([
      'upload',
      'upload',
      'upload',
      'upload',
      'upload',
      'upload',
      'inspect',
      'run',
    ]);
    for (const request of worker?.received ?? [])
      if (request.kind === 'upload' && request.part.kind === 'rows')
        expect(request.part.rows.length * 2).toBeLessThanOrEqual(PART_MAX_CELLS);
    expect(seen).toEqual([large, large]);
  });

  it('rejects with the message of an exception thrown by the engine', async () => {
    const broken = engineFunctions(() => {
      throw new Error('invariant cassé');
    });
    const engine = createWorkerEngine(
      () => new FakeWorker(broken) as unknown as Worker,
      recordingFallback(),
    );
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
      setTimeout(
        () => this.onerror?.({ message: 'chunk introuvable', preventDefault: () => undefined }),
        0,
      );
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
    const engine = createWorkerEngine(
      () => new FakeWorker(engineFunctions()) as unknown as Worker,
      fallback,
    );
    await engine.inspectWorkbook(WORKBOOK);
    expect(FakeWorker.created).toBe(0);
    expect(fallback.used).toEqual(['inspect']);
  });
});

/** A valid outcome whose `details` getter counts its reads (`runQuotePart` builds details on first read). */
function outcomeCountingDetails(): { readonly outcome: RunOutcome; readonly reads: () => number } {
  let reads = 0;
  const outcome: RunOutcome = {
    ...okOutcome(),
    get details(): RunDetails {
      reads++;
      return {} as RunDetails;
    },
  };
  return { outcome, reads: () => reads };
}

describe('runs kept in the worker', () => {
  const realWorker = (globalThis as { Worker?: unknown }).Worker;
  beforeEach(() => {
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  });
  afterEach(() => {
    (globalThis as { Worker?: unknown }).Worker = realWorker;
  });

  it('answers a run without reading its details, then builds annex, export and report from the kept outcome', async () => {
    const counted = outcomeCountingDetails();
    const given: RunOutcome[] = [];
    const functions: EngineFunctions = {
      ...engineFunctions(() => counted.outcome),
      buildMemberAnnexPlan: (outcome) => (given.push(outcome), MEMBER_PLAN),
      exportTitres: (outcome, profile) => (given.push(outcome), titresExport(profile)),
      buildReport: (outcome) => (given.push(outcome), REPORT_HTML),
      buildConventionAnnex: (outcome) => (given.push(outcome), CONVENTION_ANNEX),
    };
    let worker: FakeWorker | undefined;
    const fallback = recordingFallback();
    const engine = createWorkerEngine(
      () => (worker = new FakeWorker(functions)) as unknown as Worker,
      fallback,
    );

    const outcome = await engine.runQuotePart(WORKBOOK, OPTIONS);
    expect(counted.reads()).toBe(0);
    expect(Object.keys(outcome).sort()).toEqual(['json', 'plan', 'problems', 'status', 'summary']);
    expect(outcome.summary).toEqual(okOutcome().summary);

    expect(await engine.buildMemberAnnexPlan(outcome, 'Pontvieux')).toEqual(MEMBER_PLAN);
    expect(await engine.exportTitres(outcome, 'ciril')).toEqual(titresExport('ciril'));
    expect(await engine.buildReport(outcome, { member: 'Pontvieux' })).toBe(REPORT_HTML);
    expect(await engine.buildReport(outcome, {})).toBe(REPORT_HTML);
    expect(await engine.buildConventionAnnex(outcome, { service: 'Messagerie' })).toEqual(
      CONVENTION_ANNEX,
    );
    expect(await engine.buildConventionAnnex(outcome, {})).toEqual(CONVENTION_ANNEX);
    expect(worker?.received.slice(2)).toEqual([
      { id: 3, kind: 'memberAnnex', run: 2, member: 'Pontvieux' },
      { id: 4, kind: 'export', run: 2, profile: 'ciril' },
      { id: 5, kind: 'report', run: 2, member: 'Pontvieux' },
      { id: 6, kind: 'report', run: 2 },
      { id: 7, kind: 'conventionAnnex', run: 2, service: 'Messagerie' },
      { id: 8, kind: 'conventionAnnex', run: 2 },
    ]);
    // The worker used its own outcome (the one with details), never the copy sent to the pane.
    expect(given).toHaveLength(6);
    expect(given.every((kept) => kept === counted.outcome)).toBe(true);
    expect(fallback.used).toEqual([]);
  });

  it('asks to compute again when the run is no longer kept in the worker', async () => {
    const engine = createWorkerEngine(
      () => new FakeWorker(engineFunctions()) as unknown as Worker,
      recordingFallback(),
    );
    const first = await engine.runQuotePart(WORKBOOK, OPTIONS);
    const second = await engine.runQuotePart(WORKBOOK, OPTIONS);
    const third = await engine.runQuotePart(WORKBOOK, OPTIONS);
    await expect(engine.exportTitres(first, 'generique')).rejects.toThrow(RUN_NOT_KEPT);
    await expect(engine.exportTitres(second, 'generique')).resolves.toEqual(
      titresExport('generique'),
    );
    await expect(engine.exportTitres(third, 'generique')).resolves.toEqual(
      titresExport('generique'),
    );
  });

  it('builds on the main thread what concerns a run computed there (no worker)', async () => {
    const fallback = recordingFallback();
    const engine = createWorkerEngine(() => {
      throw new Error('SecurityError');
    }, fallback);
    const outcome = await engine.runQuotePart(WORKBOOK, OPTIONS);
    expect(await engine.buildMemberAnnexPlan(outcome, 'Pontvieux')).toEqual(MEMBER_PLAN);
    expect(await engine.buildReport(outcome, {})).toBe(REPORT_HTML);
    expect(fallback.used).toEqual(['run', 'memberAnnex', 'report']);
  });

  it('asks to compute again when the worker that held the run has stopped', async () => {
    let worker: FakeWorker | undefined;
    const fallback = recordingFallback();
    const engine = createWorkerEngine(
      () => (worker = new FakeWorker(engineFunctions())) as unknown as Worker,
      fallback,
    );
    const outcome = await engine.runQuotePart(WORKBOOK, OPTIONS);
    worker!.postMessage = function (this: FakeWorker) {
      setTimeout(() => this.onerror?.({ message: 'plantage', preventDefault: () => undefined }), 0);
    };
    await expect(engine.exportTitres(outcome, 'generique')).rejects.toThrow(ENGINE_STOPPED);
    await expect(engine.buildReport(outcome, {})).rejects.toThrow(ENGINE_STOPPED);
    expect(fallback.used).toEqual([]);
  });
});

describe('KeptRuns', () => {
  it('keeps the latest runs only', () => {
    const runs = new KeptRuns(2);
    const outcomes = [okOutcome(), okOutcome(), okOutcome()];
    outcomes.forEach((outcome, index) => runs.keep(index + 1, outcome));
    expect(() => runs.get(1)).toThrow(RUN_NOT_KEPT);
    expect(runs.get(2)).toBe(outcomes[1]);
    expect(runs.get(3)).toBe(outcomes[2]);
  });
});

describe('createWorkerEngine: the plan of a large run', () => {
  const realWorker = (globalThis as { Worker?: unknown }).Worker;
  afterEach(() => {
    (globalThis as { Worker?: unknown }).Worker = realWorker;
  });

  /** A valid outcome whose second sheet holds a table of `rows` generated rows. */
  function largeOutcome(rows: number): RunOutcome {
    const base = okOutcome();
    const generated = {
      count: rows,
      *generate() {
        for (let i = 0; i < rows; i++) yield [`M${i}`, `${i}.50`];
      },
    };
    return {
      ...base,
      plan: {
        sheets: [
          {
            name: 'QP Synthèse',
            blocks: [{ kind: 'text', row: 1, column: 1, text: 'Titre', style: 'title' }],
            freezeRows: 0,
          },
          {
            name: 'QP Quote-parts',
            freezeRows: 1,
            blocks: [
              {
                kind: 'table',
                name: 'QP_QuoteParts',
                row: 1,
                column: 1,
                columns: [
                  { header: 'Membre', format: 'text', width: 20 },
                  { header: 'Montant', format: 'euro', width: 12 },
                ],
                rows: generated,
              },
            ],
          },
        ],
      },
    };
  }

  it('answers the run without the large rows, then streams them in chunks while they are read', async () => {
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
    let worker: FakeWorker | undefined;
    const rows = 2 * PLAN_CHUNK_ROWS + 7;
    const engine = createWorkerEngine(
      () =>
        (worker = new FakeWorker(engineFunctions(() => largeOutcome(rows)))) as unknown as Worker,
      recordingFallback(),
    );
    const outcome = await engine.runQuotePart(WORKBOOK, OPTIONS);
    const outline = outcome.plan?.sheets[1]?.blocks[0];
    expect(outline?.kind === 'table' && outline.rows).toEqual([]);
    expect(outcome.json.quoteParts).toEqual([]);
    const plan = await engine.streamPlan(outcome);
    expect(worker?.received.map((request) => request.kind)).toEqual(['upload', 'run']);
    const streamed = plan.sheets[1]?.blocks[0];
    if (streamed?.kind !== 'table' || !isStreamed(streamed.rows)) throw new Error('pas de flux');
    expect(streamed.rows.count).toBe(rows);
    const chunks: (readonly PlanRow[])[] = [];
    const asked: number[] = [];
    for await (const chunk of streamed.rows.chunks()) {
      chunks.push(chunk);
      // The next chunk is asked for when one is handed out (at most two held).
      asked.push(worker?.received.filter((request) => request.kind === 'planRows').length ?? 0);
    }
    expect(chunks.map((chunk) => chunk.length)).toEqual([PLAN_CHUNK_ROWS, PLAN_CHUNK_ROWS, 7]);
    expect(asked).toEqual([2, 3, 3]);
    const expected = [
      ...(
        largeOutcome(rows).plan!.sheets[1]!.blocks[0] as { rows: { generate(): Iterable<unknown> } }
      ).rows.generate(),
    ];
    expect(chunks.flat()).toEqual(expected);
    expect(plan.sheets[0]).toEqual(largeOutcome(rows).plan!.sheets[0]);
    expect(worker?.received.map((request) => request.kind)).toEqual([
      'upload',
      'run',
      'planRows',
      'planRows',
      'planRows',
    ]);
  });
});
