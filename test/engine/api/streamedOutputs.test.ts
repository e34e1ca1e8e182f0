/**
 * The large outputs of a run are produced on demand (the plan's generated rows, the JSON
 * row sequences): producing them before, after or without the materialised JSON, once or
 * twice, gives the same rows; `materializePlan` gives plain arrays that survive a
 * structured clone.
 */
import {
  eachRow,
  materializePlan,
  rowCount,
  type PlanTable,
  type RunOutcome,
} from '../../../src/engine';
import { generateRandomWorkbook } from '../../reference/generateRandomWorkbook';
import { runSample } from '../annex/support/runSample';
import { runQuotePart } from '../../../src/engine';

function tableRows(outcome: RunOutcome, sheet: string): unknown[] {
  const table = outcome.plan?.sheets.find((s) => s.name === sheet)?.blocks[0] as PlanTable;
  return Array.from(eachRow(table.rows));
}

function streamedJson(outcome: RunOutcome): Record<string, unknown[]> {
  const rows = outcome.jsonRows?.();
  if (!rows) throw new Error('no jsonRows');
  return Object.fromEntries(
    Object.entries(rows).map(([key, value]) => [key, Array.from(value as Iterable<unknown>)]),
  );
}

describe('streamed outputs', () => {
  it('streams the same JSON rows as the materialised document, without materialising it', () => {
    const streamed = streamedJson(runSample());
    const materialised = runSample().json;
    expect(streamed).toEqual(materialised);
    expect(Object.keys(streamed)).toEqual([
      'quoteParts',
      'titres',
      'reductions',
      'compensation',
      'comparison',
      'coalitions',
      'evolution',
      'checks',
      'ventilation',
      'ventilationTotals',
      'issues',
    ]);
  });

  it('generates the same sheet rows twice, and before or after the JSON is materialised', () => {
    const outcome = runSample();
    const before = {
      quoteParts: tableRows(outcome, 'QP Quote-parts'),
      titres: tableRows(outcome, 'QP Titres'),
    };
    expect(tableRows(outcome, 'QP Titres')).toEqual(before.titres);
    expect(outcome.json.titres.length).toBe(before.titres.length);
    expect(tableRows(outcome, 'QP Quote-parts')).toEqual(before.quoteParts);
    expect(tableRows(outcome, 'QP Titres')).toEqual(before.titres);
    // The titres sheet carries the JSON's base de liquidation, line for line.
    expect(before.titres.map((row) => (row as string[])[11])).toEqual(
      outcome.json.titres.map((t) => t.liquidation),
    );
  });

  it('announces the row counts it generates', () => {
    const outcome = runSample();
    for (const sheet of outcome.plan?.sheets ?? [])
      for (const block of sheet.blocks)
        if (block.kind === 'table')
          expect(Array.from(eachRow(block.rows))).toHaveLength(rowCount(block.rows));
    expect(outcome.summary.quoteParts).toBe(outcome.json.quoteParts.length);
    expect(outcome.summary.titreLines).toBe(outcome.json.titres.length);
  });

  it('materialises a plan into plain arrays that a structured clone keeps', () => {
    const outcome = runSample();
    const plain = materializePlan(outcome.plan!);
    const cloned = structuredClone(plain);
    expect(cloned).toEqual(plain);
    const titres = cloned.sheets.find((s) => s.name === 'QP Titres')?.blocks[0] as PlanTable;
    expect(Array.isArray(titres.rows)).toBe(true);
    expect(titres.rows).toEqual(tableRows(outcome, 'QP Titres'));
  });

  it('agrees on random workbooks too (streamed JSON = materialised JSON)', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const workbook = generateRandomWorkbook(seed).workbook;
      const options = {
        generatedAt: '2026-01-01T00:00:00Z',
        version: 'test',
        source: 'x.xlsx',
        host: 'cli' as const,
      };
      expect(streamedJson(runQuotePart(workbook, options))).toEqual(
        runQuotePart(workbook, options).json,
      );
    }
  });
});
