/**
 * `quote-part compute` with --report, --export-titres/--profile and --annexe-membre, end
 * to end through `main` on the sample workbooks: what is written, what it holds, and that
 * an invalid workbook or a bad option writes nothing.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EXPORT_PROFILES,
  MEMBER_ANNEX_SHEET,
  reductionsPathFor,
  type ExportProfile,
  type ResultJson,
} from '../../src/engine';
import { readXlsxWorkbook } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { decodeLatin1, decodeUtf8, parseCsv } from '../engine/export/support/parseCsv';
import { buildPackage } from '../workbook/xlsx/support/buildPackage';
import { exactSum, filesIn, run, SAMPLE, SAMPLE_REGULARISATION } from './support/runCli';

function profile(name: string): ExportProfile {
  const found = EXPORT_PROFILES.find((p) => p.name === name);
  if (found === undefined) throw new Error(`no profile ${name}`);
  return found;
}

/** The amounts of an export file, read with the profile's encoding, separator and amount column. */
async function csvAmounts(
  path: string,
  exportProfile: ExportProfile,
  kind: 'titres' | 'reductions',
): Promise<string[]> {
  const bytes = new Uint8Array(await readFile(path));
  const text = exportProfile.encoding === 'utf-8' ? decodeUtf8(bytes).text : decodeLatin1(bytes);
  const [header, ...rows] = parseCsv(text, exportProfile.separator);
  const columns = kind === 'titres' ? exportProfile.titreColumns : exportProfile.reductionColumns;
  const amountHeader = columns.find((column) => column.field === 'montant')?.header;
  const at = header?.indexOf(amountHeader ?? '') ?? -1;
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.map((row) => row[at] as string);
}

async function resultJson(path: string): Promise<ResultJson> {
  return JSON.parse(await readFile(path, 'utf8')) as ResultJson;
}

async function sheetNames(path: string): Promise<readonly string[]> {
  return (await readXlsxWorkbook(new Uint8Array(await readFile(path)))).sheetNames;
}

describe('quote-part compute: report, titres export, member annex', () => {
  let folder: string;
  let input: string;
  let regularisation: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'qp-cli-out-'));
    input = join(folder, 'budget.xlsx');
    regularisation = join(folder, 'regul.xlsx');
    await copyFile(SAMPLE, input);
    await copyFile(SAMPLE_REGULARISATION, regularisation);
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('--report writes the self-contained HTML report in UTF-8, with its charts', async () => {
    const report = join(folder, 'rapport.html');
    const result = await run(['compute', input, '-o', join(folder, 'o.xlsx'), '--report', report]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Rapport écrit : ${report}`);
    const bytes = new Uint8Array(await readFile(report));
    const html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<svg');
    expect(html).toContain('Lavergne-les-Prés');
    expect(html).not.toContain('id="annexe-membre"');
  });

  it('--annexe-membre adds the member annex sheet to the workbook and the member annex to the report', async () => {
    const output = join(folder, 'o.xlsx');
    const report = join(folder, 'rapport.html');
    const result = await run([
      'compute',
      input,
      '-o',
      output,
      '--report',
      report,
      '--annexe-membre',
      'saint-aurèle',
    ]);
    expect(result.code).toBe(0);
    expect(result.err).not.toContain('ANNEXE_MEMBRE_INCONNU');
    const names = await sheetNames(output);
    expect(names).toContain(MEMBER_ANNEX_SHEET);
    expect(names.filter((name) => name === MEMBER_ANNEX_SHEET)).toHaveLength(1);
    const html = await readFile(report, 'utf8');
    expect(html).toContain('id="annexe-membre"');
    expect(html).toContain('Annexe du membre Saint-Aurèle');

    const without = join(folder, 'sans.xlsx');
    expect((await run(['compute', input, '-o', without, '-q'])).code).toBe(0);
    expect(await sheetNames(without)).not.toContain(MEMBER_ANNEX_SHEET);
  });

  it('--annexe-membre with an unknown name exits 2 with the closest names, writing nothing', async () => {
    const result = await run([
      'compute',
      input,
      '--json',
      join(folder, 'r.json'),
      '--report',
      join(folder, 'r.html'),
      '--annexe-membre',
      'Saint-Aurel',
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      "« Saint-Aurel » n'est pas un membre de la table Membres (vouliez-vous dire « Saint-Aurèle »",
    );
    expect(result.err).toContain("Rien n'a été écrit");
    expect(result.err).not.toContain('AVERTISSEMENT');
    expect(await filesIn(folder)).toEqual(['budget.xlsx', 'regul.xlsx']);
  });

  it.each(['generique', 'emagnus', 'ciril', 'pes-csv'])(
    '--export-titres with profile %s: the file total equals Σ titres of the JSON to the cent',
    async (name) => {
      const csv = join(folder, 'titres.csv');
      const json = join(folder, 'r.json');
      const argv = [
        'compute',
        input,
        '-o',
        join(folder, 'o.xlsx'),
        '--json',
        json,
        '--export-titres',
        csv,
      ];
      const result = await run(name === 'generique' ? argv : [...argv, '--profile', name]);
      expect(result.code).toBe(0);
      const titres = (await resultJson(json)).titres;
      const amounts = await csvAmounts(csv, profile(name), 'titres');
      expect(amounts).toHaveLength(titres.length);
      expect(titres.length).toBeGreaterThan(0);
      expect(exactSum(amounts)).toBe(exactSum(titres.map((t) => t.amount)));
      expect(result.err).toContain(
        `INFO [EXPORT_TOTAL] Export des titres : ${titres.length} lignes de titres`,
      );
      expect(result.out).toContain(
        `Titres exportés : ${csv} (${titres.length} lignes, profil ${name})`,
      );
      expect(await filesIn(folder)).toEqual([
        'budget.xlsx',
        'o.xlsx',
        'r.json',
        'regul.xlsx',
        'titres.csv',
      ]);
    },
  );

  it('writes an ISO-8859-1 profile byte for byte in Latin-1 (é is one byte), the generic one in UTF-8 with BOM', async () => {
    const latin = join(folder, 'latin.csv');
    const utf8 = join(folder, 'utf8.csv');
    expect(
      (
        await run([
          'compute',
          input,
          '-o',
          join(folder, 'a.xlsx'),
          '-q',
          '--export-titres',
          latin,
          '--profile',
          'e.magnus',
        ])
      ).code,
    ).toBe(0);
    expect(
      (await run(['compute', input, '-o', join(folder, 'b.xlsx'), '-q', '--export-titres', utf8]))
        .code,
    ).toBe(0);
    const latinBytes = new Uint8Array(await readFile(latin));
    expect(latinBytes.includes(0xe9)).toBe(true);
    expect(decodeLatin1(latinBytes)).toContain('Lavergne-les-Prés');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latinBytes)).toThrow();
    expect(decodeUtf8(new Uint8Array(await readFile(utf8)))).toMatchObject({
      bom: true,
      text: expect.stringContaining('Lavergne-les-Prés'),
    });
  });

  it('--quiet leaves out the export information lines', async () => {
    const result = await run([
      'compute',
      input,
      '-o',
      join(folder, 'o.xlsx'),
      '-q',
      '--export-titres',
      join(folder, 't.csv'),
      '--profile',
      'ciril',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).not.toContain('INFO [');
  });

  it('writes the reductions of a régularisation next to the titres, with their total', async () => {
    const csv = join(folder, 'titres-2026.csv');
    const json = join(folder, 'r.json');
    const result = await run([
      'compute',
      regularisation,
      '-o',
      join(folder, 'o.xlsx'),
      '--json',
      json,
      '--export-titres',
      csv,
      '--profile',
      'pes-csv',
    ]);
    expect(result.code).toBe(0);
    const reductionsPath = reductionsPathFor(csv);
    expect(reductionsPath).toBe(join(folder, 'titres-2026-reductions.csv'));
    const { titres, reductions } = await resultJson(json);
    expect(reductions.length).toBeGreaterThan(0);
    const amounts = await csvAmounts(reductionsPath, profile('pes-csv'), 'reductions');
    expect(amounts).toHaveLength(reductions.length);
    expect(exactSum(amounts)).toBe(exactSum(reductions.map((r) => r.amount)));
    expect(exactSum(await csvAmounts(csv, profile('pes-csv'), 'titres'))).toBe(
      exactSum(titres.map((t) => t.amount)),
    );
    expect(result.out).toContain(
      `Réductions exportées : ${reductionsPath} (${reductions.length} lignes)`,
    );
  });

  it('writes no reductions file outside a régularisation', async () => {
    const csv = join(folder, 't.csv');
    expect(
      (await run(['compute', input, '-o', join(folder, 'o.xlsx'), '-q', '--export-titres', csv]))
        .code,
    ).toBe(0);
    expect(await filesIn(folder)).toEqual(['budget.xlsx', 'o.xlsx', 'regul.xlsx', 't.csv']);
  });

  it('checks the profile before reading anything: an unknown profile exits 2 listing the profiles, even for a missing input', async () => {
    const result = await run([
      'compute',
      join(folder, 'absent.xlsx'),
      '--export-titres',
      join(folder, 't.csv'),
      '--profile',
      'sedit',
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      "profil d'export inconnu : « sedit » (profils disponibles : generique, emagnus, ciril, pes-csv)",
    );
    expect(result.err).not.toContain('introuvable');
    expect(await filesIn(folder)).toEqual(['budget.xlsx', 'regul.xlsx']);
  });

  it('--profile without --export-titres exits 2, writing nothing', async () => {
    const result = await run(['compute', input, '--profile', 'emagnus']);
    expect(result).toMatchObject({
      code: 2,
      err: expect.stringContaining("--profile s'utilise avec --export-titres"),
    });
    expect(await filesIn(folder)).toEqual(['budget.xlsx', 'regul.xlsx']);
  });

  it('exits 2 before computing when two outputs are one file or an output is the input', async () => {
    const same = await run([
      'compute',
      input,
      '-o',
      join(folder, 'o.xlsx'),
      '--report',
      join(folder, 'o.xlsx'),
    ]);
    expect(same).toMatchObject({
      code: 2,
      err: expect.stringContaining('le rapport HTML doit être distinct du classeur de sortie'),
    });
    const onInput = await run(['compute', input, '--export-titres', input]);
    expect(onInput).toMatchObject({
      code: 2,
      err: expect.stringContaining("l'export des titres doit être distinct du classeur d'entrée"),
    });
    const onReductions = await run([
      'compute',
      input,
      '--export-titres',
      join(folder, 't.csv'),
      '--json',
      join(folder, 't-reductions.csv'),
    ]);
    expect(onReductions).toMatchObject({
      code: 2,
      err: expect.stringContaining("l'export des réductions doit être distinct du fichier JSON"),
    });
    const noFolder = await run(['compute', input, '--report', join(folder, 'absent', 'r.html')]);
    expect(noFolder).toMatchObject({
      code: 2,
      err: expect.stringContaining("le dossier de sortie n'existe pas"),
    });
    expect(await filesIn(folder)).toEqual(['budget.xlsx', 'regul.xlsx']);
  });

  it('an invalid workbook exits 1 and writes no workbook, report or export (only the JSON asked for)', async () => {
    const invalid = join(folder, 'invalide.xlsx');
    await writeFile(
      invalid,
      buildPackage({
        sheets: [
          {
            name: 'Membres',
            body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Membre</t></is></c></row></sheetData>',
          },
        ],
      }),
    );
    const outputs = [
      '--report',
      join(folder, 'r.html'),
      '--export-titres',
      join(folder, 't.csv'),
      '--profile',
      'emagnus',
      '--annexe-membre',
      'Saint-Aurèle',
    ];
    const result = await run(['compute', invalid, ...outputs]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("Aucun classeur, rapport ni export n'a été écrit");
    expect(await filesIn(folder)).toEqual(['budget.xlsx', 'invalide.xlsx', 'regul.xlsx']);

    const withJson = await run(['compute', invalid, '--json', join(folder, 'r.json'), ...outputs]);
    expect(withJson.code).toBe(1);
    expect(await filesIn(folder)).toEqual(['budget.xlsx', 'invalide.xlsx', 'r.json', 'regul.xlsx']);
  });
});
