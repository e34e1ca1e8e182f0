import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WritePlan } from '../../../../src/engine/plan/writePlan';
import { readXlsxWorkbook } from '../../../../src/workbook/xlsx/read/readXlsxWorkbook';
import { writeOutputFile } from '../../../../src/workbook/xlsx/write/writeOutputFile';
import { writeXlsxWithPlan } from '../../../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { buildPackage } from '../support/buildPackage';

const plan: WritePlan = {
  sheets: [
    {
      name: 'QP Résultat',
      freezeRows: 0,
      blocks: [{ kind: 'text', row: 1, column: 1, text: 'ok', style: 'title' }],
    },
  ],
};

describe('writeOutputFile', () => {
  let folder: string;
  let input: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'qp-write-'));
    input = join(folder, 'budget.xlsx');
    await writeFile(input, buildPackage({ sheets: [{ name: 'Membres', body: '<sheetData/>' }] }));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes the output and leaves no temporary file', async () => {
    const output = join(folder, 'budget-resultats.xlsx');
    const size = await writeOutputFile(input, plan, output);
    expect((await readFile(output)).length).toBe(size);
    expect((await readdir(folder)).sort()).toEqual(['budget-resultats.xlsx', 'budget.xlsx']);
    expect((await readXlsxWorkbook(new Uint8Array(await readFile(output)))).sheetNames).toEqual([
      'Membres',
      'QP Résultat',
    ]);
  });

  it('streams to the file exactly the bytes the in-memory writer returns', async () => {
    const output = join(folder, 'out.xlsx');
    const big: WritePlan = {
      sheets: [
        {
          name: 'QP Grand',
          freezeRows: 1,
          blocks: [
            {
              kind: 'table',
              name: 'QP_Grand',
              row: 1,
              column: 1,
              columns: [
                { header: 'Texte', format: 'text', width: 40 },
                { header: 'Montant', format: 'euro', width: 12 },
              ],
              rows: Array.from({ length: 60_000 }, (_, i) => [
                `ligne ${i} ${'é'.repeat(i % 50)}`,
                `${i}.${i % 100}`,
              ]),
            },
          ],
        },
      ],
    };
    await writeOutputFile(input, big, output);
    const expected = writeXlsxWithPlan(new Uint8Array(await readFile(input)), big);
    expect(new Uint8Array(await readFile(output))).toEqual(expected);
    const table = (await readXlsxWorkbook(expected)).sheetNames;
    expect(table).toEqual(['Membres', 'QP Grand']);
  });

  it('replaces an existing output in one step', async () => {
    const output = join(folder, 'out.xlsx');
    await writeFile(output, 'ancien');
    await writeOutputFile(input, plan, output);
    expect((await readFile(output)).subarray(0, 2).toString()).toBe('PK');
    expect(await readdir(folder)).toHaveLength(2);
  });

  it('leaves neither an output nor a temporary file when the plan cannot be written', async () => {
    const output = join(folder, 'out.xlsx');
    const bad: WritePlan = { sheets: [{ ...plan.sheets[0]!, name: 'Pas à nous' }] };
    await expect(writeOutputFile(input, bad, output)).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['budget.xlsx']);
  });

  it('removes its temporary file when the final rename fails, keeping what was there', async () => {
    const output = join(folder, 'occupé');
    await mkdir(output);
    await writeFile(join(output, 'garde.txt'), 'x');
    await expect(writeOutputFile(input, plan, output)).rejects.toThrow();
    expect((await readdir(folder)).sort()).toEqual(['budget.xlsx', 'occupé']);
    expect(await readdir(output)).toEqual(['garde.txt']);
  });
});
