/**
 * Request sizes and sync counts of writes: syncs grow with the number of blocks, not with
 * the cells in a block; every request stays within 10,000 rows and 4 MB, including the
 * acceptance case of 35,000 members × 10 services; a request Excel refuses is halved.
 */
import type { PlanTable, WritePlan } from '../../../src/engine';
import { createFakeExcel, fakeTables, fakeValues } from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import {
  MAX_REQUEST_BYTES,
  MAX_ROWS_PER_REQUEST,
} from '../../../src/workbook/office/requestLimits';
import { col, oneTablePlan, QUOTE_PART_COLUMNS, workbookWithOldResults } from './planFixtures';

/** Syncs outside the data blocks: state, skeleton, tables and charts, swap (2). */
const FIXED_SYNCS = 5;

function acceptancePlan(members: number, services: number): WritePlan {
  const qpRows: (string | null)[][] = [];
  const titreRows: (string | null)[][] = [];
  const quoteParts: PlanTable = {
    kind: 'table',
    name: 'QP_QuoteParts',
    row: 1,
    column: 1,
    columns: QUOTE_PART_COLUMNS,
    rows: qpRows,
  };
  const titres: PlanTable = {
    kind: 'table',
    name: 'QP_Titres',
    row: 1,
    column: 1,
    columns: [
      col('Titre', 'integer'),
      col('Ligne', 'integer'),
      col('Exercice', 'integer'),
      col('Période', 'text'),
      col('Débiteur', 'text'),
      col('SIRET', 'text'),
      col('Service', 'text'),
      col('Objet', 'text'),
      col('Compte', 'text'),
      col('Montant', 'euro'),
      col('Base de liquidation', 'text', 80),
    ],
    rows: titreRows,
  };
  for (let m = 0; m < members; m++) {
    for (let s = 0; s < services; s++) {
      const amount = (((m * 7919 + s * 104729) % 9_999_999) / 100).toFixed(2);
      qpRows.push([
        'Référence',
        `Service ${s}`,
        'Service commun',
        `Commune numéro ${m}`,
        '0.0000285714',
        null,
        amount,
        '0.00',
        amount,
        'Titre de recettes',
      ]);
      titreRows.push([
        String(m + 1),
        String(s + 1),
        '2026',
        '2026',
        `Commune numéro ${m}`,
        '21750001600019',
        `Service ${s}`,
        `Participation 2026 au service ${s}`,
        '70876',
        amount,
        `Quote-part ${s} : base 1 250 000,00 € × part 0,0000285714 (clé Population) = ${amount} € ; convention CONV-2026-01 ; période 2026`,
      ]);
    }
  }
  return {
    sheets: [
      { name: 'QP Quote-parts', blocks: [quoteParts], freezeRows: 1 },
      { name: 'QP Titres', blocks: [titres], freezeRows: 1 },
    ],
  };
}

describe('write limits', () => {
  it('uses the same number of syncs for 10 times more rows within one block', async () => {
    const syncs = async (rows: number): Promise<number> => {
      const excel = createFakeExcel(workbookWithOldResults());
      const report = await createOfficeHost(excel).applyPlan(oneTablePlan(rows));
      expect(report.blocks).toBe(1);
      expect(report.syncs).toBe(excel.stats().syncs);
      return report.syncs;
    };
    const small = await syncs(900);
    expect(await syncs(9000)).toBe(small);
    expect(small).toBe(FIXED_SYNCS + 1);
  });

  it('packs small tables into shared requests: syncs never exceed the number of blocks plus a constant', async () => {
    const plan: WritePlan = {
      sheets: Array.from({ length: 6 }, (_, i) => ({
        name: `QP Feuille ${i}`,
        freezeRows: 1,
        blocks: [{ ...(oneTablePlan(50).sheets[0]!.blocks[0] as PlanTable), name: `QP_T${i}_x` }],
      })),
    };
    const excel = createFakeExcel(workbookWithOldResults());
    const report = await createOfficeHost(excel).applyPlan(plan);
    expect(report.blocks).toBe(6);
    expect(report.syncs).toBe(FIXED_SYNCS + 1);
  });

  it('halves blocks Excel refuses as too large until they pass', async () => {
    const model = workbookWithOldResults();
    const excel = createFakeExcel(model, { requestLimitBytes: 300_000 });
    const report = await createOfficeHost(excel).applyPlan(oneTablePlan(20_000));
    const stats = excel.stats();
    expect(stats.records.filter((r) => r.outcome === 'rejected').length).toBeGreaterThan(0);
    expect(stats.largestRequestBytes).toBeLessThanOrEqual(300_000);
    expect(report.blocks).toBeGreaterThan(2);
    expect(fakeValues(model, 'QP Quote-parts', 'D20001:D20001')).toEqual([['Membre 19999']]);
    expect(fakeTables(model).find((t) => t.name === 'QP_QuoteParts')?.range).toBe('A1:J20001');
  });

  it('writes 35,000 members × 10 services within 10,000 rows and 4 MB a request', async () => {
    const members = 35_000;
    const services = 10;
    const model = workbookWithOldResults();
    const excel = createFakeExcel(model);
    const report = await createOfficeHost(excel).applyPlan(acceptancePlan(members, services));
    const stats = excel.stats();
    const rows = members * services;
    expect(stats.records.every((r) => r.outcome === 'ok')).toBe(true);
    expect(stats.largestRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(report.largestRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(report.largestRequestBytes).toBeGreaterThanOrEqual(stats.largestRequestBytes * 0.9);
    expect(report.blocks).toBeGreaterThanOrEqual(2 * Math.ceil(rows / MAX_ROWS_PER_REQUEST));
    expect(report.syncs).toBe(stats.syncs);
    expect(report.syncs).toBeLessThanOrEqual(report.blocks + FIXED_SYNCS);
    expect(fakeValues(model, 'QP Titres', `E${rows + 1}:F${rows + 1}`)).toEqual([
      [`Commune numéro ${members - 1}`, '21750001600019'],
    ]);
    expect(fakeTables(model).filter((t) => t.name !== 'Membres')).toEqual([
      { name: 'QP_QuoteParts', sheet: 'QP Quote-parts', range: `A1:J${rows + 1}` },
      { name: 'QP_Titres', sheet: 'QP Titres', range: `A1:K${rows + 1}` },
    ]);
    console.info(
      `35 000 membres × 10 services : ${report.syncs} syncs, ${report.blocks} blocs, plus grosse requête ${stats.largestRequestBytes} octets (estimation de l'adaptateur ${report.largestRequestBytes}).`,
    );
  });
});
