/**
 * A worksheet part whose rows another thread renders (offloadedSheetPart.ts) is the same
 * file, byte for byte, as the one the main thread writes itself: here the "other thread"
 * is the rendering code run in place (renderer, chunker, running CRC), on the sample with
 * every table compact, so that every table is offloaded; and on hostile texts (escaping,
 * edge spaces, line breaks, over-long cells, lone surrogates, empty cells).
 */
import { InPlaceEncoder } from './inPlaceEncoder';
import { checkPackage } from '../validity/packageValidity';
import { planOf, SAMPLE, singleTablePlan, writtenCompact } from '../support/sampleRun';

describe('offloaded worksheet parts', () => {
  it('give the same file as the main thread’s writer on the sample, every table offloaded', async () => {
    const plan = planOf();
    const encoder = new InPlaceEncoder();
    const offloaded = await writtenCompact(plan, encoder);
    expect(encoder.parts).toBeGreaterThan(3);
    expect(offloaded.equals(await writtenCompact(plan, null))).toBe(true);
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
    const plan = planOf();
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
    const hostile = singleTablePlan(plan, 'QP Essai', table);
    const encoder = new InPlaceEncoder();
    const offloaded = await writtenCompact(hostile, encoder);
    expect(encoder.parts).toBe(1);
    expect(offloaded.equals(await writtenCompact(hostile, null))).toBe(true);
  });
});
