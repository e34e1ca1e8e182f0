/**
 * Writes whose large tables' rows arrive in chunks (the task pane's engine worker): the
 * workbook, the sync count and the request sizes are those of the same plan given whole;
 * chunks are asked for while the write goes on, so the page holds at most one request's
 * rows and one chunk; a bad cell or a short stream in a later chunk leaves the workbook as
 * it was. The block cut is the same however the rows are chunked.
 */
import fc from 'fast-check';
import { rowArray, type PlanRow, type PlanTable, type WritePlan } from '../../../src/engine';
import { createFakeExcel } from '../../../src/workbook/fakeExcel';
import { splitIntoBlocks, streamBlocks } from '../../../src/workbook/office/blockSplitter';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import type { WriteProgress } from '../../../src/workbook/office/hostOperations';
import { rowBytes, type ExcelCellValue } from '../../../src/workbook/office/payloadSize';
import { MAX_ROWS_PER_REQUEST } from '../../../src/workbook/office/requestLimits';
import type { StreamedPlan, StreamedRows } from '../../../src/workbook/office/streamedPlan';
import { oneTablePlan, snapshotWorkbook, workbookWithOldResults } from './planFixtures';

const CHUNK = 5_000;

/** `rows` given `size` rows at a time; `onChunk` learns how many rows were handed out. */
function streamed(
  rows: readonly PlanRow[],
  size: number,
  onChunk: (handedOut: number) => void = () => undefined,
  count = rows.length,
): StreamedRows {
  return {
    count,
    async *chunks() {
      for (let start = 0; start < rows.length; start += size) {
        const chunk = rows.slice(start, start + size);
        onChunk(start + chunk.length);
        await Promise.resolve();
        yield chunk;
      }
    },
  };
}

/** `plan` with its first table's rows streamed. */
function streamedPlan(plan: WritePlan, rows: StreamedRows): StreamedPlan {
  const [sheet] = plan.sheets;
  const table = sheet!.blocks[0] as PlanTable;
  return { sheets: [{ ...sheet!, blocks: [{ ...table, rows }] }] };
}

function firstRows(plan: WritePlan): readonly PlanRow[] {
  return rowArray((plan.sheets[0]!.blocks[0] as PlanTable).rows);
}

describe('streamed write', () => {
  it('writes the same workbook with the same syncs and request sizes as the plan given whole', async () => {
    const whole = oneTablePlan(23_007);
    const reference = workbookWithOldResults();
    const referenceExcel = createFakeExcel(reference);
    const expected = await createOfficeHost(referenceExcel, { token: () => 'T' }).applyPlan(whole);

    const model = workbookWithOldResults();
    const excel = createFakeExcel(model);
    let written = 0;
    let mostHeld = 0;
    const progress: WriteProgress[] = [];
    const rows = streamed(firstRows(whole), CHUNK, (handedOut) => {
      mostHeld = Math.max(mostHeld, handedOut - written);
    });
    const report = await createOfficeHost(excel, { token: () => 'T' }).applyPlan(
      streamedPlan(whole, rows),
      (step) => {
        progress.push(step);
        written = step.rowsWritten;
      },
    );
    expect(snapshotWorkbook(model)).toEqual(snapshotWorkbook(reference));
    expect(report).toEqual(expected);
    expect(excel.stats().syncs).toBe(referenceExcel.stats().syncs);
    expect(excel.stats().largestRequestBytes).toBe(referenceExcel.stats().largestRequestBytes);
    // Never more than one request's rows and one chunk handed out and not yet written.
    expect(mostHeld).toBeLessThanOrEqual(MAX_ROWS_PER_REQUEST + CHUNK);
    expect(mostHeld).toBeGreaterThan(0);
    // The bar moves during the write: one step per data request, then the end.
    expect(progress.map((p) => p.rowsWritten)).toEqual([10_000, 20_000, 23_007, 23_007]);
    expect(progress.every((p) => p.rowsTotal === 23_007)).toBe(true);
  });

  it('leaves the workbook as it was when a later chunk holds a bad cell', async () => {
    const whole = oneTablePlan(12_000);
    const rows = firstRows(whole).map((row, i) =>
      i === 11_500 ? row.map((cell, c) => (c === 6 ? '12,5' : cell)) : row,
    );
    const model = workbookWithOldResults();
    const before = snapshotWorkbook(model);
    const excel = createFakeExcel(model);
    await expect(
      createOfficeHost(excel).applyPlan(streamedPlan(whole, streamed(rows, CHUNK))),
    ).rejects.toThrow(/« 12,5 » invalide .*ligne 11501/);
    expect(snapshotWorkbook(model)).toEqual(before);
  });

  it('leaves the workbook as it was when fewer rows come than announced', async () => {
    const whole = oneTablePlan(7_000);
    const model = workbookWithOldResults();
    const before = snapshotWorkbook(model);
    const excel = createFakeExcel(model);
    await expect(
      createOfficeHost(excel).applyPlan(
        streamedPlan(whole, streamed(firstRows(whole), CHUNK, undefined, 7_001)),
      ),
    ).rejects.toThrow(/annonçait 7001 lignes et en a reçu 7000/);
    expect(snapshotWorkbook(model)).toEqual(before);
  });
});

describe('streamBlocks', () => {
  const cell = fc.oneof(fc.string(), fc.integer(), fc.constant(''));
  const row = fc.array(cell, { minLength: 1, maxLength: 5 });
  it('cuts rows chunked in any way exactly as splitIntoBlocks cuts them at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 200 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 250, max: 3000 }),
        async (rows: ExcelCellValue[][], chunk, maxRows, maxBytes) => {
          async function* chunks() {
            for (let start = 0; start < rows.length; start += chunk) {
              const part = rows.slice(start, start + chunk);
              yield { rows: part, sizes: part.map(rowBytes) };
            }
          }
          const blocks = [];
          for await (const block of streamBlocks(chunks(), { maxRows, maxBytes }))
            blocks.push(block);
          expect(blocks).toEqual(splitIntoBlocks(rows, { maxRows, maxBytes }));
        },
      ),
    );
  });
});
