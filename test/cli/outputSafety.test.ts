/**
 * Where `compute` refuses to write: `-o` on the input itself (by path or by link), an
 * output whose Excel extension does not match the input's kind (.xlsm ↔ .xlsx). Each exits
 * 2 before computing and writes nothing.
 */
import { copyFile, link, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkOutputKind } from '../../src/cli/outputKind';
import { defaultOutputPath } from '../../src/cli/outputPaths';
import { workbookKind } from '../../src/workbook/xlsx/read/workbookKind';
import { filesIn, run, SAMPLE } from './support/runCli';

const MACRO_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const PLAIN_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** The sample as a macro-enabled package (content type changed, as Excel writes .xlsm). */
async function macroSample(): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await readFile(SAMPLE)));
  const types = strFromU8(files['[Content_Types].xml'] as Uint8Array);
  expect(types).toContain(PLAIN_TYPE);
  return zipSync({
    ...files,
    '[Content_Types].xml': strToU8(types.replace(PLAIN_TYPE, MACRO_TYPE)),
  });
}

describe('compute refuses unsafe outputs', () => {
  let folder: string;
  let input: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'qp-safety-'));
    input = join(folder, 'budget.xlsx');
    await copyFile(SAMPLE, input);
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses -o naming the input, by its path, another spelling, a symbolic or a hard link', async () => {
    const before = await readFile(input);
    await symlink(input, join(folder, 'lien.xlsx'));
    await link(input, join(folder, 'dur.xlsx'));
    for (const output of [
      input,
      join(folder, '.', 'budget.xlsx'),
      join(folder, 'lien.xlsx'),
      join(folder, 'dur.xlsx'),
    ]) {
      const result = await run(['compute', input, '-o', output, '-q']);
      expect(result).toMatchObject({
        code: 2,
        err: `ERREUR : le classeur de sortie doit être distinct du classeur d'entrée, qui n'est jamais modifié : ${output}\n`,
      });
    }
    expect(await readFile(input)).toEqual(before);
    expect(await filesIn(folder)).toEqual(['budget.xlsx', 'dur.xlsx', 'lien.xlsx']);
  });

  it('refuses -o X.xlsx on a macro-enabled input, and accepts X.xlsm', async () => {
    const macro = join(folder, 'budget.xlsm');
    await writeFile(macro, await macroSample());
    const refused = await run(['compute', macro, '-o', join(folder, 'sortie.xlsx'), '-q']);
    expect(refused).toMatchObject({
      code: 2,
      err: `ERREUR : le classeur d'entrée est un classeur avec macros : le classeur de sortie doit porter l'extension .xlsm, pas .xlsx (Excel refuserait de l'ouvrir) : ${join(folder, 'sortie.xlsx')}\n`,
    });
    expect((await run(['compute', macro, '-q'])).code).toBe(0);
    const written = new Uint8Array(await readFile(join(folder, 'budget-resultats.xlsm')));
    expect(workbookKind(written)).toBe('xlsm');
    expect(await filesIn(folder)).toEqual(['budget-resultats.xlsm', 'budget.xlsm', 'budget.xlsx']);
  });

  it('refuses -o X.xlsm on a workbook without macros', async () => {
    const result = await run(['compute', input, '-o', join(folder, 'sortie.XLSM'), '-q']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      "le classeur d'entrée est un classeur sans macros : le classeur de sortie doit porter l'extension .xlsx, pas .xlsm",
    );
    expect(await filesIn(folder)).toEqual(['budget.xlsx']);
  });
});

describe('output kind', () => {
  it('reads the kind from the workbook content type', async () => {
    expect(workbookKind(new Uint8Array(await readFile(SAMPLE)))).toBe('xlsx');
    expect(workbookKind(await macroSample())).toBe('xlsm');
  });

  it('leaves extensions other than the four of Excel to the user, and a package of unknown kind', () => {
    expect(() => checkOutputKind('sortie.bin', 'xlsm')).not.toThrow();
    expect(() => checkOutputKind('sortie', 'xlsx')).not.toThrow();
    expect(() => checkOutputKind('sortie.xlsx', null)).not.toThrow();
    expect(() => checkOutputKind('sortie.XLTM', 'xltm')).not.toThrow();
    expect(() => checkOutputKind('sortie.xlsx', 'xltx')).toThrow('un modèle sans macros');
  });

  it('keeps the extension of every Excel kind in the default output name', () => {
    expect(defaultOutputPath('/d/budget.xlsx')).toBe('/d/budget-resultats.xlsx');
    expect(defaultOutputPath('/d/budget.XLSM')).toBe('/d/budget-resultats.XLSM');
    expect(defaultOutputPath('/d/modele.xltx')).toBe('/d/modele-resultats.xltx');
    expect(defaultOutputPath('/d/modele.xltm')).toBe('/d/modele-resultats.xltm');
    expect(defaultOutputPath('/d/budget.zip')).toBe('/d/budget.zip-resultats.xlsx');
  });
});
