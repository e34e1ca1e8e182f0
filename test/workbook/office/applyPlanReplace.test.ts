/**
 * `applyPlan(…, { replace: 'plan-sheets' })`: a plan written after the results (the
 * per-member annex) replaces only the `QP` sheets it names; the other `QP` sheets, the
 * input sheets and their tables are untouched, and the write stays all-or-nothing.
 */
import type { WritePlan } from '../../../src/engine';
import {
  createFakeExcel,
  fakeSheetNames,
  fakeTables,
  fakeValues,
  snapshotSheet,
  type FakeExcelOptions,
} from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import { col, smallPlan, snapshotWorkbook, workbookWithOldResults } from './planFixtures';

const ONLY_PLAN_SHEETS = { replace: 'plan-sheets' } as const;

/** A one-sheet plan like `buildMemberAnnexPlan`'s: `QP Annexe membre` with one table. */
function memberAnnexPlan(member: string, tableName = 'QP_AnnexeMembre_QuoteParts'): WritePlan {
  return {
    sheets: [
      {
        name: 'QP Annexe membre',
        freezeRows: 0,
        blocks: [
          {
            kind: 'text',
            row: 1,
            column: 1,
            text: `Annexe financière — ${member}`,
            style: 'heading',
          },
          {
            kind: 'table',
            name: tableName,
            row: 3,
            column: 1,
            columns: [col('Service', 'text'), col('Quote-part', 'euro')],
            rows: [['Messagerie', '1234.50']],
          },
        ],
      },
    ],
  };
}

/** The workbook after a full write of `smallPlan()`: input sheets, then QP Quote-parts and QP Comparaison. */
async function workbookWithResults() {
  const model = workbookWithOldResults();
  const excel = createFakeExcel(model);
  await createOfficeHost(excel).applyPlan(smallPlan());
  return { model, excel };
}

describe("applyPlan with replace: 'plan-sheets'", () => {
  it('adds the member annex after the results and keeps every other QP sheet as it was', async () => {
    const { model, excel } = await workbookWithResults();
    const kept = ['Membres', 'Services', 'QP Quote-parts', 'QP Comparaison'].map((name) =>
      snapshotSheet(model, name),
    );
    await createOfficeHost(excel).applyPlan(
      memberAnnexPlan('Ville A'),
      undefined,
      ONLY_PLAN_SHEETS,
    );
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'Services',
      'QP Quote-parts',
      'QP Comparaison',
      'QP Annexe membre',
    ]);
    expect(
      ['Membres', 'Services', 'QP Quote-parts', 'QP Comparaison'].map((name) =>
        snapshotSheet(model, name),
      ),
    ).toEqual(kept);
    expect(fakeValues(model, 'QP Annexe membre', 'A1:A1')).toEqual([
      ['Annexe financière — Ville A'],
    ]);
    expect(fakeTables(model).map((t) => t.name)).toEqual([
      'Membres',
      'QP_QuoteParts',
      'QP_ComparaisonScenarios',
      'QP_AnnexeMembre_QuoteParts',
    ]);
  });

  it('replaces the previous member annex (name compared ignoring case), and only it', async () => {
    const { model, excel } = await workbookWithResults();
    const host = createOfficeHost(excel);
    await host.applyPlan(memberAnnexPlan('Ville A'), undefined, ONLY_PLAN_SHEETS);
    const results = snapshotSheet(model, 'QP Quote-parts');
    const upperCase = memberAnnexPlan('Ville B');
    await host.applyPlan(
      { sheets: [{ ...upperCase.sheets[0]!, name: 'QP ANNEXE MEMBRE' }] },
      undefined,
      ONLY_PLAN_SHEETS,
    );
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'Services',
      'QP Quote-parts',
      'QP Comparaison',
      'QP ANNEXE MEMBRE',
    ]);
    expect(fakeValues(model, 'QP ANNEXE MEMBRE', 'A1:A1')).toEqual([
      ['Annexe financière — Ville B'],
    ]);
    expect(snapshotSheet(model, 'QP Quote-parts')).toEqual(results);
    expect(fakeTables(model).filter((t) => t.name === 'QP_AnnexeMembre_QuoteParts')).toHaveLength(
      1,
    );
  });

  it('removes leftovers of an interrupted write, as a full write does', async () => {
    const { model, excel } = await workbookWithResults();
    model.addSheet('~QP1 zz9zz9');
    await createOfficeHost(excel).applyPlan(
      memberAnnexPlan('Ville A'),
      undefined,
      ONLY_PLAN_SHEETS,
    );
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'Services',
      'QP Quote-parts',
      'QP Comparaison',
      'QP Annexe membre',
    ]);
  });

  it('refuses, writing nothing, a table name already used on a QP sheet it keeps', async () => {
    const { model, excel } = await workbookWithResults();
    const before = snapshotWorkbook(model);
    await expect(
      createOfficeHost(excel).applyPlan(
        memberAnnexPlan('Ville A', 'QP_QuoteParts'),
        undefined,
        ONLY_PLAN_SHEETS,
      ),
    ).rejects.toThrow(
      /le tableau « QP_QuoteParts » existe déjà sur la feuille « QP Quote-parts », que cette écriture ne remplace pas/,
    );
    expect(snapshotWorkbook(model)).toEqual(before);
  });

  it('leaves the workbook as it was when any sync but the last one fails', async () => {
    const clean = await workbookWithResults();
    const start = clean.excel.stats().syncs;
    await createOfficeHost(clean.excel).applyPlan(
      memberAnnexPlan('Ville A'),
      undefined,
      ONLY_PLAN_SHEETS,
    );
    const syncs = clean.excel.stats().syncs - start;
    expect(syncs).toBeGreaterThan(3);
    for (let n = 1; n < syncs; n++) {
      const { model, excel } = await workbookWithResults();
      await createOfficeHost(excel).applyPlan(
        memberAnnexPlan('Ville A'),
        undefined,
        ONLY_PLAN_SHEETS,
      );
      const before = snapshotWorkbook(model);
      const first = excel.stats().syncs;
      excel.configure({ failSync: (k) => k === first + n } satisfies FakeExcelOptions);
      await expect(
        createOfficeHost(excel).applyPlan(memberAnnexPlan('Ville B'), undefined, ONLY_PLAN_SHEETS),
      ).rejects.toThrow(/GeneralException/);
      expect({ n, workbook: snapshotWorkbook(model) }).toEqual({ n, workbook: before });
    }
  });

  it('by default still replaces every QP sheet, so a full write removes the member annex of an earlier run', async () => {
    const { model, excel } = await workbookWithResults();
    await createOfficeHost(excel).applyPlan(
      memberAnnexPlan('Ville A'),
      undefined,
      ONLY_PLAN_SHEETS,
    );
    await createOfficeHost(excel).applyPlan(smallPlan());
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'Services',
      'QP Quote-parts',
      'QP Comparaison',
    ]);
  });
});
