/**
 * Hostile input files through `compute`: a zip bomb, a part lying about its size, two
 * entries of one name, a sheet cut short — each exits 2 with a French message naming
 * the input and the part, and writes nothing. The inflate limit follows
 * QUOTE_PART_MAX_INFLATED_MB.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { inspectWorkbook, runQuotePart } from '../../src/engine';
import type { ComputeOptions } from '../../src/cli/cliArgs';
import type { CliIo } from '../../src/cli/cliIo';
import { readInputWorkbook } from '../../src/cli/readInput';
import { runCompute } from '../../src/cli/runCompute';
import { buildPackage } from '../workbook/xlsx/support/buildPackage';
import { entriesOf, rawZip, spacesBomb, type RawEntry } from '../../bench/hostile/rawZip';

const SHEET = 'xl/worksheets/sheet1.xml';
const OPTIONS: Omit<ComputeOptions, 'input'> = {
  output: null,
  json: null,
  progress: 'off',
  report: null,
  exportTitres: null,
  annexMember: null,
  period: null,
};

function entries(): RawEntry[] {
  return entriesOf(
    buildPackage({
      sheets: [
        {
          name: 'Membres',
          body: `<sheetData>${'<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(2000)}</sheetData>`,
        },
      ],
    }),
  );
}

function replacing(name: string, change: (entry: RawEntry) => RawEntry): Uint8Array {
  return rawZip(entries().map((entry) => (entry.name === name ? change(entry) : entry)));
}

describe('compute on hostile files', () => {
  let folder: string;
  let input: string;
  let err: string;
  const io: CliIo = {
    out: () => undefined,
    err: (text) => void (err += text),
    now: () => new Date('2026-01-01T00:00:00Z'),
  };

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'qp-hostile-'));
    input = join(folder, 'in.xlsx');
    err = '';
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function run(bytes: Uint8Array): Promise<number> {
    await writeFile(input, bytes);
    return runCompute({ ...OPTIONS, input }, io, { runQuotePart, inspectWorkbook }, '1.0.0');
  }

  it('exits 2 on a zip bomb (2.1 GB declared in 2 MB), naming the part and the limit', async () => {
    const bomb = replacing(SHEET, (entry) => ({
      name: entry.name,
      deflated: spacesBomb(2100),
      declaredSize: 2100 * 1024 * 1024,
    }));
    expect(await run(bomb)).toBe(2);
    expect(err).toBe(
      `ERREUR : ${input} : classeur trop volumineux ou endommagé : la partie « ${SHEET} » se décompresse en 2100 Mo, au-delà des 256 Mo que QuotePart lit au plus dans un classeur (limite réglable par la variable d'environnement QUOTE_PART_MAX_INFLATED_MB, en Mo)\n`,
    );
    expect(await readdir(folder)).toEqual(['in.xlsx']);
  });

  it('exits 2 on a part that inflates beyond its declared size', async () => {
    const liar = replacing(SHEET, (entry) => ({
      name: entry.name,
      deflated: spacesBomb(300),
      declaredSize: 5000,
    }));
    expect(await run(liar)).toBe(2);
    expect(err).toBe(
      `ERREUR : ${input} : classeur trop volumineux ou endommagé : la partie « ${SHEET} » se décompresse au-delà de la taille annoncée par le fichier zip (5000 octets)\n`,
    );
    expect(await readdir(folder)).toEqual(['in.xlsx']);
  });

  it('exits 2 on two entries of one name and on a sheet cut short', async () => {
    expect(await run(rawZip([...entries(), { name: SHEET, data: strToU8('<worksheet/>') }]))).toBe(
      2,
    );
    expect(err).toContain(`« ${SHEET} » y figure deux fois`);
    err = '';
    const cut = replacing(SHEET, (entry) => ({
      name: entry.name,
      data: (entry.data as Uint8Array).subarray(0, 5000),
    }));
    expect(await run(cut)).toBe(2);
    expect(err).toContain(`partie « ${SHEET} » tronquée`);
    expect(await readdir(folder)).toEqual(['in.xlsx']);
  });

  it('follows QUOTE_PART_MAX_INFLATED_MB, and refuses a value that is no whole number', async () => {
    await writeFile(input, rawZip(entries()));
    await expect(readInputWorkbook(input, {})).resolves.toBeDefined();
    await expect(
      readInputWorkbook(input, { QUOTE_PART_MAX_INFLATED_MB: '1' }),
    ).resolves.toBeDefined();
    const big = replacing(SHEET, (entry) => ({
      ...entry,
      data: strToU8(`<worksheet><sheetData/>${' '.repeat(2 * 1024 * 1024)}</worksheet>`),
    }));
    await writeFile(input, big);
    await expect(readInputWorkbook(input, { QUOTE_PART_MAX_INFLATED_MB: '1' })).rejects.toThrow(
      /se décompresse en 2 Mo, au-delà des 1 Mo/,
    );
    await expect(
      readInputWorkbook(input, { QUOTE_PART_MAX_INFLATED_MB: '3' }),
    ).resolves.toBeDefined();
    for (const value of ['0', '-5', '1.5', 'beaucoup'])
      await expect(readInputWorkbook(input, { QUOTE_PART_MAX_INFLATED_MB: value })).rejects.toThrow(
        `QUOTE_PART_MAX_INFLATED_MB doit être un nombre entier de mégaoctets supérieur à 0 (reçu « ${value} »)`,
      );
  });
});
