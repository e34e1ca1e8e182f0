/**
 * The task pane owns the sheets the owned-sheets record lists — the same record, in the
 * custom document properties, that the command line writes in docProps/custom.xml — so
 * a workbook written by one and then by the other agrees on which sheets are QuotePart's:
 * a user's `QP …` sheet stays, a user's sheet named like a result sheet refuses the write
 * (SHEET_CONFLICT) with nothing written, and the record is rewritten after each write,
 * cut into values Excel keeps (255 characters).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { WritePlan } from '../../../src/engine';
import {
  buildFakeWorkbook,
  createFakeExcel,
  fakeCustomProperties,
  fakeSheetNames,
  type FakeWorkbookModel,
} from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import { SheetConflictError } from '../../../src/workbook/office/replacedSheets';
import { readOwnedSheetsRecord } from '../../../src/workbook/xlsx/write/ownedSheetsRecord';
import { openZipArchive } from '../../../src/workbook/xlsx/zip/zipArchive';
import { computeOutput } from '../xlsx/validity/computeOutput';
import { col, smallPlan, snapshotWorkbook } from './planFixtures';

const RECORD = 'QuotePart.FeuillesEcrites';
const token = () => 'abc123';

function workbook(extra: { name: string; table?: string }[], record?: string): FakeWorkbookModel {
  return buildFakeWorkbook({
    sheets: [
      {
        name: 'Membres',
        rows: [['Membre'], ['Ville A']],
        tables: [{ name: 'Membres', range: 'A1:A2' }],
      },
      ...extra.map((sheet) => ({
        name: sheet.name,
        rows: [['Colonne'], ['x']],
        tables: sheet.table === undefined ? [] : [{ name: sheet.table, range: 'A1:A2' }],
      })),
    ],
    ...(record === undefined ? {} : { customProperties: { [RECORD]: record } }),
  });
}

/** The record as the pane left it, decoded as the xlsx adapter decodes docProps/custom.xml. */
function recordThroughXlsx(model: FakeWorkbookModel, packageBytes: Uint8Array): string[] | null {
  const properties = Object.entries(fakeCustomProperties(model))
    .map(
      ([key, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${key}"><vt:lpwstr>${String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</vt:lpwstr></property>`,
    )
    .join('');
  const entries = unzipSync(packageBytes);
  entries['docProps/custom.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties}</Properties>`,
  );
  return readOwnedSheetsRecord(openZipArchive(zipSync(entries)));
}

/** A plan of `count` sheets with long names (over 255 characters together). */
function manySheetsPlan(count: number): WritePlan {
  return {
    sheets: Array.from({ length: count }, (_, i) => ({
      name: `QP Annexe service numéro ${i + 1}`,
      freezeRows: 0,
      blocks: [
        {
          kind: 'table' as const,
          name: `QP_Annexe${i + 1}`,
          row: 1,
          column: 1,
          columns: [col('Service', 'text')],
          rows: [['Messagerie']],
        },
      ],
    })),
  };
}

describe('owned sheets in the task pane', () => {
  it('replaces the recorded sheets only: a user’s `QP Notes` stays', async () => {
    const model = workbook(
      [
        { name: 'QP Quote-parts', table: 'QP_QuoteParts' },
        { name: 'QP Notes' },
        { name: 'QP Vieux' },
      ],
      'QP Quote-parts/QP Vieux',
    );
    await createOfficeHost(createFakeExcel(model), { token }).applyPlan(smallPlan());
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'QP Notes',
      'QP Quote-parts',
      'QP Comparaison',
    ]);
    expect(fakeCustomProperties(model)).toEqual({ [RECORD]: 'QP Quote-parts/QP Comparaison' });
  });

  it('without a record, owns the `QP …` sheets carrying a `QP_` table (the legacy rule)', async () => {
    const model = workbook([
      { name: 'QP Quote-parts', table: 'QP_QuoteParts' },
      { name: 'QP Ancien', table: 'QP_Ancien' },
      { name: 'QP Notes', table: 'MesNotes' },
    ]);
    await createOfficeHost(createFakeExcel(model), { token }).applyPlan(smallPlan());
    expect(fakeSheetNames(model)).toEqual([
      'Membres',
      'QP Notes',
      'QP Quote-parts',
      'QP Comparaison',
    ]);
  });

  it.each([
    ['a user sheet `qp comparaison`, no record', [{ name: 'qp comparaison' }], undefined],
    [
      'a `QP Quote-parts` the record does not list',
      [{ name: 'QP Quote-parts', table: 'QP_QuoteParts' }],
      'QP Autre',
    ],
  ])(
    'refuses the write, writing nothing, for %s (SHEET_CONFLICT)',
    async (_label, extra, record) => {
      const model = workbook(extra, record);
      const before = {
        ...(snapshotWorkbook(model) as object),
        properties: fakeCustomProperties(model),
      };
      const write = createOfficeHost(createFakeExcel(model), { token }).applyPlan(smallPlan());
      await expect(write).rejects.toBeInstanceOf(SheetConflictError);
      await expect(write).rejects.toMatchObject({
        code: 'SHEET_CONFLICT',
        message: expect.stringMatching(/^La feuille « .+ » n'a pas été écrite par QuotePart/),
      });
      expect({
        ...(snapshotWorkbook(model) as object),
        properties: fakeCustomProperties(model),
      }).toEqual(before);
    },
  );

  it('keeps the owned sheets a plan-sheets write does not replace in the record', async () => {
    const model = workbook([{ name: 'QP Quote-parts', table: 'QP_QuoteParts' }], 'QP Quote-parts');
    const annex: WritePlan = { sheets: manySheetsPlan(1).sheets };
    await createOfficeHost(createFakeExcel(model), { token }).applyPlan(annex, undefined, {
      replace: 'plan-sheets',
    });
    expect(fakeCustomProperties(model)).toEqual({
      [RECORD]: 'QP Quote-parts/QP Annexe service numéro 1',
    });
  });

  it('records 20 sheets in values of at most 255 characters, and drops a part no longer needed', async () => {
    const model = workbook([]);
    const host = createOfficeHost(createFakeExcel(model), { token });
    await host.applyPlan(manySheetsPlan(20));
    const long = fakeCustomProperties(model);
    expect(Object.keys(long)).toEqual([RECORD, `${RECORD}.2`, `${RECORD}.3`]);
    for (const value of Object.values(long)) expect(String(value).length).toBeLessThanOrEqual(255);
    await host.applyPlan(smallPlan());
    expect(fakeSheetNames(model)).toEqual(['Membres', 'QP Quote-parts', 'QP Comparaison']);
    expect(fakeCustomProperties(model)).toEqual({ [RECORD]: 'QP Quote-parts/QP Comparaison' });
  });

  it('agrees with the command line: a CLI result opened in the pane, then read back by the CLI', async () => {
    const sample = new Uint8Array(readFileSync(resolve(__dirname, '../../../assets/sample.xlsx')));
    const cli = (await computeOutput(sample)).output as Uint8Array;
    const written = readOwnedSheetsRecord(openZipArchive(cli)) as string[];
    expect(written.length).toBeGreaterThan(10);
    // Excel opens the CLI's result: its sheets, and its custom properties as Office.js sees them.
    const custom = strFromU8(unzipSync(cli)['docProps/custom.xml'] as Uint8Array);
    const properties = Object.fromEntries(
      [...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((m) => [m[1], m[2]]),
    );
    const model = buildFakeWorkbook({
      sheets: [
        { name: 'Membres', rows: [['Membre']] },
        ...written.map((name) => ({ name, rows: [['x']] })),
      ],
      customProperties: properties as Record<string, string>,
    });
    await createOfficeHost(createFakeExcel(model), { token }).applyPlan(smallPlan());
    expect(fakeSheetNames(model)).toEqual(['Membres', 'QP Quote-parts', 'QP Comparaison']);
    expect(recordThroughXlsx(model, cli)).toEqual(['QP Quote-parts', 'QP Comparaison']);
  });
});
