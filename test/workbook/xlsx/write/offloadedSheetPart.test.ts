/**
 * A worksheet part whose rows another thread renders (offloadedSheetPart.ts) is the same
 * file, byte for byte, as the one the main thread writes itself: here the "other thread"
 * is the rendering code run in place (renderer, chunker, running CRC), on the sample with
 * every table compact, so that every table is offloaded; and on hostile texts (escaping,
 * edge spaces, line breaks, over-long cells, lone surrogates, empty cells).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as engine from '../../../../src/engine';
import type { WritePlan } from '../../../../src/engine/plan/writePlan';
import { readXlsxWorkbookSync } from '../../../../src/workbook/xlsx/read/readXlsxWorkbook';
import type { RowsEncoder } from '../../../../src/workbook/xlsx/write/offloadedRows';
import { writeXlsxWithPlanToSink } from '../../../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { MemorySink } from '../../../../src/workbook/xlsx/zip/zipWriter';
import { InPlaceEncoder } from './inPlaceEncoder';
import { checkPackage } from '../validity/packageValidity';

const SAMPLE = new Uint8Array(readFileSync(resolve(__dirname, '../../../../assets/sample.xlsx')));
const OPTIONS = {
  generatedAt: '2026-01-01T00:00:00.000Z',
  version: 'test',
  source: 'entree.xlsx',
  host: 'cli',
} as const;
const COMPACT = { compactFromRows: 1 };

async function written(input: Uint8Array, plan: WritePlan, encoder: RowsEncoder | null) {
  const sink = new MemorySink();
  await writeXlsxWithPlanToSink(input, plan, sink, COMPACT, encoder);
  return Buffer.from(sink.bytes());
}

function planOf(input: Uint8Array): WritePlan {
  const outcome = engine.runQuotePart(readXlsxWorkbookSync(input), OPTIONS);
  if (outcome.plan === null) throw new Error('no plan');
  return outcome.plan;
}

describe('offloaded worksheet parts', () => {
  it('give the same file as the main thread’s writer on the sample, every table offloaded', async () => {
    const plan = planOf(SAMPLE);
    const encoder = new InPlaceEncoder();
    const offloaded = await written(SAMPLE, plan, encoder);
    expect(encoder.parts).toBeGreaterThan(3);
    expect(offloaded.equals(await written(SAMPLE, plan, null))).toBe(true);
    expect(checkPackage(offloaded, SAMPLE).failures).toEqual([]);
  });

  it('give the same file on hostile texts, empty cells and rows longer than a chunk', async () => {
    const texts = [
      'a & b < c > "d" _x0041_',
      ' espace en tête',
      'fin ',
      'ligne\nsuivante',
      '\u0001contrôle',
      '\ud800 seul',
      'x'.repeat(40_000),
      'é'.repeat(250_000),
      '',
    ];
    const rows = Array.from({ length: 3000 }, (_, i) => [
      String(i),
      i % 7 === 0 ? null : (texts[i % texts.length] as string),
      i % 5 === 0 ? null : '12.50',
      i % 3 === 0 ? '2026-03-01' : 'pas une date',
      texts[(i * 5) % texts.length] as string,
    ]);
    const plan = planOf(SAMPLE);
    const table = {
      kind: 'table' as const,
      name: 'QP_Essai',
      row: 1,
      column: 1,
      columns: [
        { header: 'N', format: 'integer' as const, width: 6 },
        { header: 'Texte', format: 'text' as const, width: 20 },
        { header: 'Montant', format: 'euro' as const, width: 10 },
        { header: 'Date', format: 'date' as const, width: 10 },
        { header: 'Autre', format: 'text' as const, width: 20 },
      ],
      rows,
    };
    const hostile: WritePlan = {
      ...plan,
      sheets: [
        { ...(plan.sheets[0] as WritePlan['sheets'][number]), name: 'QP Essai', blocks: [table] },
      ],
    };
    const encoder = new InPlaceEncoder();
    const offloaded = await written(SAMPLE, hostile, encoder);
    expect(encoder.parts).toBe(1);
    expect(offloaded.equals(await written(SAMPLE, hostile, null))).toBe(true);
  });
});
