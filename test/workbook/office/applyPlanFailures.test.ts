/**
 * A write that fails at any point leaves the workbook as it was: no temporary sheet, the
 * old QP sheets and the input sheets unchanged. Failures are injected on every sync, and
 * in the middle of every batch (earlier actions applied, as Excel does).
 */
import {
  createFakeExcel,
  fakeSheetNames,
  type FakeExcelOptions,
} from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import { smallPlan, snapshotWorkbook, workbookWithOldResults } from './planFixtures';

async function cleanRun(): Promise<{ syncs: number }> {
  const excel = createFakeExcel(workbookWithOldResults());
  await createOfficeHost(excel).applyPlan(smallPlan());
  return { syncs: excel.stats().syncs };
}

async function failingRun(
  options: FakeExcelOptions,
): Promise<{ error: Error; before: unknown; after: unknown; names: string[] }> {
  const model = workbookWithOldResults();
  const before = snapshotWorkbook(model);
  const excel = createFakeExcel(model, options);
  let error: Error | null = null;
  await createOfficeHost(excel)
    .applyPlan(smallPlan())
    .catch((e: Error) => {
      error = e;
    });
  if (error === null) throw new Error('the write should have failed');
  return { error, before, after: snapshotWorkbook(model), names: fakeSheetNames(model) };
}

describe('applyPlan failures', () => {
  it('leaves the workbook as it was when any sync but the last one fails', async () => {
    const { syncs } = await cleanRun();
    expect(syncs).toBeGreaterThan(4);
    for (let n = 1; n < syncs; n++) {
      const run = await failingRun({ failSync: (k) => k === n });
      expect(run.after).toEqual(run.before);
      expect(run.error.message).toMatch(/GeneralException/);
    }
  });

  it('leaves the workbook as it was when a batch fails half-way, at any action of any sync but the last', async () => {
    const { syncs } = await cleanRun();
    for (let n = 1; n < syncs; n++) {
      for (let action = 0; action < 40; action++) {
        const run = await failingRun({ failAction: (k, i) => k === n && i === action }).catch(
          () => null,
        );
        if (run === null) continue; // that sync has fewer actions: the write succeeded
        expect({ n, action, after: run.after }).toEqual({ n, action, after: run.before });
      }
    }
  });

  it('when only the deletion of the old sheets fails, the new results are complete and the next run tidies up', async () => {
    const { syncs } = await cleanRun();
    const model = workbookWithOldResults();
    const excel = createFakeExcel(model, { failAction: (k, i) => k === syncs && i === 3 });
    await expect(createOfficeHost(excel).applyPlan(smallPlan())).rejects.toThrow(
      /Les résultats sont écrits, mais les anciennes feuilles n'ont pas pu être supprimées/,
    );
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'Services',
      expect.stringMatching(/^~old2 /),
      'QP Quote-parts',
      'QP Comparaison',
    ]);
    excel.configure({});
    await createOfficeHost(excel).applyPlan(smallPlan());
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'Services',
      'QP Quote-parts',
      'QP Comparaison',
    ]);
  });
});
