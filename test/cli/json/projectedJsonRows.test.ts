/**
 * The titres rows of the `--json` document written from the titres sheet's own row
 * batches (projectedJsonRows.ts) are the rows the engine gives, text for text: in place on
 * the sample with every table offloaded, on hostile values (escapes, empty cells, repeats),
 * and through the real JSON worker, where the whole document and the workbook must be
 * those of the main thread's writers.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as engine from '../../../src/engine';
import { QUOTE_PARTS_JSON_ROWS } from '../../../src/engine/output/sheets/quotePartsSheet';
import { TITRES_JSON_ROWS } from '../../../src/engine/output/sheets/titresSheet';
import type { WritePlan } from '../../../src/engine/plan/writePlan';
import { elementText } from '../../../src/cli/json/jsonText';
import { jsonDocumentPieces } from '../../../src/cli/json/jsonDocumentText';
import { writeJsonWithWorkbook } from '../../../src/cli/json/writeJsonWithWorkbook';
import { InPlaceEncoder } from '../../workbook/xlsx/write/inPlaceEncoder';
import { runOf, singleTablePlan, writtenCompact } from '../../workbook/xlsx/support/sampleRun';

const run = (): engine.RunOutcome => runOf();
const written = writtenCompact;

describe('projected --json rows', () => {
  it('are the quote-parts and titres rows of the engine, written from their sheets’ batches', async () => {
    const outcome = run();
    const encoder = new InPlaceEncoder(true);
    await written(outcome.plan as WritePlan, encoder);
    const document = outcome.jsonRows?.();
    for (const key of ['quoteParts', 'titres'] as const) {
      const expected = [...(document?.[key] ?? [])].map(elementText);
      expect(expected.length).toBeGreaterThan(10);
      expect(encoder.jsonRows.get(key)).toEqual(expected);
    }
  });

  it('write escapes, empty cells, repeated values and numbers as JSON.stringify does', async () => {
    // Long texts (given apart from their rows when they need no escape) and their hostile variants.
    const long = `${'Base € × part ≈\u202f0,0027\u202f% ; '.repeat(8)}fin`;
    const texts = [
      'a "b" \\ c',
      '\u0001\u001f',
      '\ud800 seul',
      '',
      'é€ « » ’',
      'x'.repeat(300),
      long,
      `${long}"`,
      ` ${long}`,
      `${long}_x0041_`,
      `${long}\ud83d\ude00`,
      `${long}\n`,
      `${long}<&>`,
    ];
    const rows = Array.from({ length: 2500 }, (_, i) => [
      String(i % 4 === 0 ? i - 1 : i),
      i % 9 === 0 ? null : (texts[i % texts.length] as string),
      i % 5 === 0 ? '12.50' : String(i % 3),
      texts[(i * 5) % texts.length] as string,
    ]);
    const projection = {
      key: 'essai',
      fields: [
        { name: 'n', column: 0, number: true },
        { name: 'texte', column: 1, number: false },
        { name: 'montant', column: 2, number: false },
        { name: 'autre', column: 3, number: false },
      ],
    };
    const plan = run().plan as WritePlan;
    const table = {
      kind: 'table' as const,
      name: 'QP_Essai',
      row: 1,
      column: 1,
      columns: [
        { header: 'N', format: 'integer' as const, width: 6 },
        { header: 'Texte', format: 'text' as const, width: 20 },
        { header: 'Montant', format: 'euro' as const, width: 10 },
        { header: 'Autre', format: 'text' as const, width: 20 },
      ],
      rows,
      jsonRows: projection,
    };
    const encoder = new InPlaceEncoder(true);
    await written(singleTablePlan(plan, 'QP Essai', table), encoder);
    const expected = rows.map((row) =>
      elementText({ n: Number(row[0]), texte: row[1], montant: row[2], autre: row[3] }),
    );
    expect(encoder.jsonRows.get('essai')).toEqual(expected);
  });

  it('follow QuotePartJson and TitreJson field for field', () => {
    const document = run().jsonRows?.();
    const first = (rows: Iterable<unknown> | undefined) =>
      Object.keys([...(rows ?? [])][0] as Record<string, unknown>);
    expect(TITRES_JSON_ROWS.fields.map((field) => field.name)).toEqual(first(document?.titres));
    expect(QUOTE_PARTS_JSON_ROWS?.fields.map((field) => field.name)).toEqual(
      first(document?.quoteParts),
    );
  });

  /** The document and the workbook written through the real worker; the projecting parts it had. */
  async function throughWorker(plan: WritePlan, outcome: engine.RunOutcome) {
    const folder = await mkdtemp(join(tmpdir(), 'qp-projected-'));
    try {
      const path = join(folder, 'r.json');
      const projected: string[] = [];
      const workbook = await writeJsonWithWorkbook(
        path,
        {
          jsonRows: outcome.jsonRows as NonNullable<typeof outcome.jsonRows>,
          observeGeneratedRows: outcome.observeGeneratedRows as NonNullable<
            typeof outcome.observeGeneratedRows
          >,
          counts: { quoteParts: outcome.summary.quoteParts, titres: outcome.summary.titreLines },
        },
        (encoder) => {
          const begin = encoder.begin.bind(encoder);
          encoder.begin = (layout) => {
            const projecting = begin(layout);
            if (projecting) projected.push(layout.json?.key ?? '');
            return projecting;
          };
          return written(plan, encoder);
        },
      );
      return { json: await readFile(path, 'utf8'), workbook, projected };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  function expectedDocument(): string {
    return [...jsonDocumentPieces(run().json as never)].join('') + '\n';
  }

  it('give, through the JSON worker, the document and the workbook of the main thread', async () => {
    const outcome = run();
    const plan = outcome.plan as WritePlan;
    const { json, workbook, projected } = await throughWorker(plan, outcome);
    expect(projected).toEqual(['quoteParts', 'titres']);
    expect(json).toBe(expectedDocument());
    expect(workbook.equals(await written(run().plan as WritePlan, null))).toBe(true);
  });

  it('leave the titres to the row batches when their sheet does not project them', async () => {
    const outcome = run();
    const plan = outcome.plan as WritePlan;
    const unprojected: WritePlan = {
      ...plan,
      sheets: plan.sheets.map((sheet) => ({
        ...sheet,
        blocks: sheet.blocks.map((block) =>
          block.kind === 'table' && block.jsonRows?.key === 'titres'
            ? { ...block, jsonRows: undefined }
            : block,
        ),
      })),
    };
    const { json, projected } = await throughWorker(unprojected, outcome);
    expect(projected).toEqual(['quoteParts']);
    expect(json).toBe(expectedDocument());
  });
});
