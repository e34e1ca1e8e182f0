import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxWorkbook } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { buildPackage } from '../workbook/xlsx/support/buildPackage';
import { run, SAMPLE } from './support/runCli';

async function sheetNames(path: string): Promise<readonly string[]> {
  return (await readXlsxWorkbook(new Uint8Array(await readFile(path)))).sheetNames;
}

describe('quote-part CLI', () => {
  let folder: string;
  let input: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'qp-cli-'));
    input = join(folder, 'budget 2026.xlsx');
    await copyFile(SAMPLE, input);
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('prints the help in French and the version', async () => {
    const general = await run(['--help']);
    expect(general.code).toBe(0);
    expect(general.out).toContain(
      'quote-part compute ENTREE.xlsx [-o SORTIE.xlsx] [--json RESULTAT.json]',
    );
    expect(general.out).toContain(
      '[--report RAPPORT.html] [--export-titres TITRES.csv [--profile NOM]]',
    );
    const compute = await run(['compute', '--help']);
    expect(compute.code).toBe(0);
    expect(compute.out).toContain('ENTREE-resultats.xlsx');
    expect(compute.out).toContain('Codes de sortie');
    for (const option of [
      '--report RAPPORT.html',
      '--export-titres TITRES.csv',
      '--profile NOM',
      '--annexe-membre MEMBRE',
    ])
      expect(compute.out).toContain(option);
    for (const profile of ['generique', 'emagnus', 'ciril', 'pes-csv'])
      expect(compute.out).toMatch(new RegExp(`^ +${profile} +\\S`, 'm'));
    const version = await run(['--version']);
    expect(version).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^quote-part \d+\.\d+\.\d+\n$/),
    });
  });

  it('exits 2 on bad usage, naming the problem', async () => {
    expect(await run([])).toMatchObject({
      code: 2,
      err: expect.stringContaining('commande manquante'),
    });
    expect(await run(['compute', input, '--frobnicate'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('option inconnue : --frobnicate'),
    });
    expect(await run(['compute'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('manquant'),
    });
    expect(await readdir(folder)).toEqual(['budget 2026.xlsx']);
  });

  it('exits 2 when the input is missing or is no xlsx workbook, writing nothing', async () => {
    expect(await run(['compute', join(folder, 'absent.xlsx')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('fichier introuvable'),
    });
    const csv = join(folder, 'membres.xlsx');
    await writeFile(csv, 'Membre;Population\nA;1\n');
    const notXlsx = await run(['compute', csv, '--json', join(folder, 'r.json')]);
    expect(notXlsx).toMatchObject({
      code: 2,
      err: expect.stringContaining("n'est pas un classeur Excel .xlsx"),
    });
    expect((await readdir(folder)).sort()).toEqual(['budget 2026.xlsx', 'membres.xlsx']);
  });

  it('exits 2 when the output folder does not exist', async () => {
    const result = await run(['compute', input, '-o', join(folder, 'nulle-part', 'out.xlsx')]);
    expect(result).toMatchObject({
      code: 2,
      err: expect.stringContaining("le dossier de sortie n'existe pas"),
    });
  });

  it('computes a valid workbook: writes the default output next to the input and the JSON', async () => {
    const json = join(folder, 'resultat.json');
    const result = await run(['compute', input, '--json', json]);
    expect(result.code).toBe(0);
    const output = join(folder, 'budget 2026-resultats.xlsx');
    expect(result.out).toContain(`Classeur écrit : ${output}`);
    const names = await sheetNames(output);
    expect(names.slice(0, (await sheetNames(input)).length)).toEqual(await sheetNames(input));
    expect(names).toContain('QP Quote-parts');
    const parsed = JSON.parse(await readFile(json, 'utf8')) as Record<string, unknown[]>;
    expect(Object.keys(parsed)).toEqual([
      'quoteParts',
      'titres',
      'reductions',
      'compensation',
      'comparison',
      'coalitions',
      'evolution',
      'checks',
      'ventilation',
      'ventilationTotals',
      'issues',
    ]);
    expect(parsed.quoteParts?.length).toBeGreaterThan(0);
    expect((await readdir(folder)).sort()).toEqual([
      'budget 2026-resultats.xlsx',
      'budget 2026.xlsx',
      'resultat.json',
    ]);
  });

  it('prints one line per scenario: total, members paying more, and the stability verdict of the JSON', async () => {
    const json = join(folder, 'resultat.json');
    const result = await run(['compute', input, '-o', join(folder, 'out.xlsx'), '--json', json]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(await readFile(json, 'utf8')) as {
      comparison: {
        member: string;
        scenario: string;
        total: string;
        delta: string;
        gain: string | null;
      }[];
      coalitions: { scenario: string; group: string; stable: boolean }[];
    };
    const scenarios = [...new Set(parsed.comparison.map((c) => c.scenario))];
    const cents = (amount: string) => BigInt(amount.replace('.', ''));
    const euros = (total: bigint) =>
      `${String(total / 100n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')},${String(total % 100n).padStart(2, '0')}\u202f€`;
    const expected = scenarios.map((scenario, k) => {
      const rows = parsed.comparison.filter((c) => c.scenario === scenario);
      const total = rows.reduce((acc, c) => acc + cents(c.total), 0n);
      const losers = rows.filter((c) => cents(c.delta) > 0n).length;
      const leaving = [
        ...rows.filter((c) => c.gain !== null && cents(c.gain) < 0n).map((c) => c.member),
        ...parsed.coalitions
          .filter((g) => g.scenario === scenario && !g.stable)
          .map((g) => g.group),
      ];
      const more =
        k === 0
          ? ''
          : `, ${losers} ${losers < 2 ? 'membre paie' : 'membres paient'} plus qu'en Référence`;
      const verdict =
        leaving.length === 0
          ? 'chaque membre et chaque groupe donnés gagnent à la mutualisation'
          : `${leaving.length > 1 ? 'quitteraient' : 'quitterait'} la mutualisation : ${leaving.join(' ; ')}`;
      return `Scénario ${scenario} (total ${euros(total)}${more}) : ${verdict}.`;
    });
    expect(scenarios[0]).toBe('Référence');
    expect(scenarios.length).toBeGreaterThan(1);
    // The sample has members and groups that would leave: the test checks real names, not an empty verdict.
    expect(expected.filter((line) => line.includes('quitter')).length).toBeGreaterThan(0);
    expect(result.out.split('\n').filter((line) => line.startsWith('Scénario '))).toEqual(expected);
  });

  it('replaces its sheets when run again on its own output', async () => {
    const first = join(folder, 'un.xlsx');
    const second = join(folder, 'deux.xlsx');
    expect((await run(['compute', input, '-o', first, '-q'])).code).toBe(0);
    expect((await run(['compute', first, '-o', second, '-q'])).code).toBe(0);
    expect(await sheetNames(second)).toEqual(await sheetNames(first));
  });

  it('shows progress with --progress and nothing on stdout with --quiet', async () => {
    const loud = await run(['compute', input, '-o', join(folder, 'a.xlsx'), '--progress']);
    expect(loud.err).toMatch(
      /Lecture : \d+ membres, \d+ services, [\d\u202f ]+ lignes \(\d+,\d s\)/,
    );
    expect(loud.err).toMatch(/Calcul : .*quote-parts/);
    expect(loud.err).toMatch(/Écriture : \d+ feuilles/);
    const quiet = await run(['compute', input, '-o', join(folder, 'b.xlsx'), '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.out).toBe('');
    expect(quiet.err).not.toContain('Lecture');
  });

  it('exits 1 on an invalid workbook: no workbook written, errors on stderr and in the JSON', async () => {
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
    const json = join(folder, 'r.json');
    const result = await run(['compute', invalid, '--json', json]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^ERREUR \[[A-Z_]+\] \S.* : .+$/m);
    expect(result.err).toContain("Aucun classeur, rapport ni export n'a été écrit");
    const issues = (JSON.parse(await readFile(json, 'utf8')) as { issues: { severity: string }[] })
      .issues;
    expect(issues.some((issue) => issue.severity === 'error')).toBe(true);
    expect((await readdir(folder)).sort()).toEqual(['budget 2026.xlsx', 'invalide.xlsx', 'r.json']);
  });

  it('refuses a JSON path equal to the output', async () => {
    const out = join(folder, 'o.xlsx');
    expect(await run(['compute', input, '-o', out, '--json', out])).toMatchObject({
      code: 2,
      err: expect.stringContaining('distinct'),
    });
  });
});
