/**
 * The worker's request handling with the real engine on the sample: the run crosses the
 * worker boundary (structured clone) without its details, and the member annex, the export
 * and the report are then built from the outcome the worker kept.
 */
import * as engine from '../../../src/engine';
import type { TitresExport, WritePlan } from '../../../src/engine';
import { answerEngineRequest } from '../../../src/taskpane/engine/answerEngineRequest';
import type { EngineRequest, EngineResponse } from '../../../src/taskpane/engine/engineMessages';
import { KeptRuns } from '../../../src/taskpane/engine/keptRuns';
import type { PostedRun } from '../../../src/taskpane/engine/outcomeWithoutDetails';
import { sampleRawWorkbook } from '../../../src/workbook/sample/sampleRawWorkbook';

const OPTIONS = {
  generatedAt: '2026-01-01T00:00:00.000Z',
  version: 'test',
  source: 'sample.xlsx',
  host: 'preview',
} as const;

/** A decimal string with at most 2 decimals, in cents. */
function cents(value: string): bigint {
  const [integer = '0', fraction = ''] = value.split('.');
  if (fraction.length > 2) throw new Error(`more than 2 decimals: ${value}`);
  return BigInt(integer + fraction.padEnd(2, '0'));
}

/** Answers a request as the worker does, through a structured clone of the answer. */
function ask(request: EngineRequest, runs: KeptRuns): EngineResponse {
  return structuredClone(answerEngineRequest(request, engine, runs));
}

/** The result of a successful answer. */
function resultOf<T>(response: EngineResponse): T {
  if (!response.ok) throw new Error(response.message);
  return response.result as T;
}

describe('answerEngineRequest with the real engine', () => {
  const runs = new KeptRuns();
  const { outcome, pending } = resultOf<PostedRun>(
    ask({ id: 7, kind: 'run', workbook: sampleRawWorkbook(), options: OPTIONS }, runs),
  );
  const full = engine.runQuotePart(sampleRawWorkbook(), OPTIONS);

  it('sends the run back without details, large JSON arrays nor large tables', () => {
    expect(outcome.status).toBe('ok');
    expect(outcome.details).toBeUndefined();
    expect(outcome.summary).toEqual(full.summary);
    expect(outcome.json.titres).toEqual([]);
    expect(outcome.json.comparison).toEqual(full.json.comparison);
    expect(outcome.plan?.sheets.map((sheet) => sheet.name)).toEqual(
      full.plan?.sheets.map((sheet) => sheet.name),
    );
  });

  it('answers the rows of any table of the kept plan, chunk by chunk, as the full plan has them', () => {
    // The sample's tables are small enough to travel with the outline.
    expect(pending).toEqual([]);
    const plan = engine.materializePlan(full.plan!);
    const tables = plan.sheets.flatMap((sheet, s) =>
      sheet.blocks.flatMap((block, b) => (block.kind === 'table' ? [{ s, b, block }] : [])),
    );
    expect(tables.length).toBeGreaterThan(3);
    for (const { s: sheet, b: block, block: table } of tables) {
      const rows = table.rows as readonly unknown[];
      const head = resultOf<unknown[]>(
        ask({ id: 20, kind: 'planRows', run: 7, sheet, block, start: 0, count: 3 }, runs),
      );
      const tail = resultOf<unknown[]>(
        ask({ id: 21, kind: 'planRows', run: 7, sheet, block, start: 3, count: rows.length }, runs),
      );
      expect([...head, ...tail]).toEqual(rows);
    }
  });

  it('builds the member annex plan of a member of the kept run', () => {
    const plan = resultOf<WritePlan>(
      ask({ id: 8, kind: 'memberAnnex', run: 7, member: 'pontvieux' }, runs),
    );
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual([engine.MEMBER_ANNEX_SHEET]);
  });

  it('exports the titres with a total equal to the titres of the run', () => {
    const exported = resultOf<TitresExport>(
      ask({ id: 9, kind: 'export', run: 7, profile: 'generique' }, runs),
    );
    const total = full.json.titres.reduce((sum, titre) => sum + cents(titre.amount), 0n);
    expect(total).toBeGreaterThan(0n);
    expect(exported.titres.fileName).toBe('titres-2026-generique.csv');
    expect(cents(exported.titres.total)).toBe(total);
    expect(exported.titres.bytes).toBeInstanceOf(Uint8Array);
  });

  it('builds the report with the member annex', () => {
    const html = resultOf<string>(
      ask({ id: 10, kind: 'report', run: 7, member: 'Pontvieux' }, runs),
    );
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('id="annexe-membre"');
  });

  it("answers misuse with the engine's French message", () => {
    const unknown = ask({ id: 11, kind: 'memberAnnex', run: 7, member: 'Pontvieu' }, runs);
    expect(unknown).toEqual({
      id: 11,
      ok: false,
      message: expect.stringContaining(
        'n’est pas un membre de la table Membres (vouliez-vous dire',
      ),
    });
    expect(ask({ id: 12, kind: 'export', run: 99, profile: 'generique' }, runs)).toEqual({
      id: 12,
      ok: false,
      message: expect.stringContaining('relancez le calcul'),
    });
  });
});
