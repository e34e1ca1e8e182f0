import { parseCliArgs } from '../../src/cli/cliArgs';

describe('parseCliArgs', () => {
  it('reads --periode (any case) and refuses what is not a period label', () => {
    expect(parseCliArgs(['compute', 'in.xlsx', '--periode', '2026-t2'])).toMatchObject({
      options: { period: '2026-T2' },
    });
    expect(parseCliArgs(['compute', 'in.xlsx', '--periode=2026'])).toMatchObject({
      options: { period: '2026' },
    });
    const bad = parseCliArgs(['compute', 'in.xlsx', '--periode', 'T2']);
    expect(bad).toMatchObject({ topic: 'compute' });
    expect(JSON.stringify(bad)).toContain('--periode');
  });

  it('reads compute with its input, -o and --json in any order and both spellings', () => {
    expect(parseCliArgs(['compute', 'in.xlsx', '-o', 'out.xlsx', '--json', 'r.json'])).toEqual({
      kind: 'compute',
      options: {
        input: 'in.xlsx',
        output: 'out.xlsx',
        json: 'r.json',
        progress: 'auto',
        report: null,
        exportTitres: null,
        annexMember: null,
        period: null,
      },
    });
    expect(parseCliArgs(['compute', '--json=r.json', '--output=o.xlsx', 'in.xlsx'])).toEqual({
      kind: 'compute',
      options: {
        input: 'in.xlsx',
        output: 'o.xlsx',
        json: 'r.json',
        progress: 'auto',
        report: null,
        exportTitres: null,
        annexMember: null,
        period: null,
      },
    });
    expect(parseCliArgs(['compute', 'in.xlsx'])).toMatchObject({
      options: { output: null, json: null },
    });
  });

  it('reads --report, --export-titres with the generic profile by default, and --annexe-membre', () => {
    expect(
      parseCliArgs([
        'compute',
        'in.xlsx',
        '--report',
        'r.html',
        '--export-titres',
        't.csv',
        '--annexe-membre',
        'Saint-Aurèle',
      ]),
    ).toMatchObject({
      options: {
        report: 'r.html',
        exportTitres: { path: 't.csv', profile: 'generique' },
        annexMember: 'Saint-Aurèle',
      },
    });
    expect(parseCliArgs(['compute', 'in.xlsx', '--annexe-membre=Les Essarts'])).toMatchObject({
      options: { annexMember: 'Les Essarts' },
    });
  });

  it.each([
    ['emagnus', 'emagnus'],
    ['e.magnus', 'emagnus'],
    ['Générique', 'generique'],
    ['PES CSV', 'pes-csv'],
    ['CIRIL', 'ciril'],
  ])('accepts the profile %j as %j, before or after --export-titres', (typed, name) => {
    expect(
      parseCliArgs(['compute', 'in.xlsx', '--export-titres', 't.csv', '--profile', typed]),
    ).toMatchObject({ options: { exportTitres: { path: 't.csv', profile: name } } });
    expect(
      parseCliArgs(['compute', `--profile=${typed}`, 'in.xlsx', '--export-titres=t.csv']),
    ).toMatchObject({ options: { exportTitres: { profile: name } } });
  });

  it('refuses an unknown profile, listing every profile', () => {
    const parsed = parseCliArgs([
      'compute',
      'in.xlsx',
      '--export-titres',
      't.csv',
      '--profile',
      'sedit',
    ]);
    expect(parsed).toEqual({
      kind: 'usage-error',
      topic: 'compute',
      message:
        "profil d'export inconnu : « sedit » (profils disponibles : generique, emagnus, ciril, pes-csv)",
    });
  });

  it('reads --progress and --quiet, and refuses both together', () => {
    expect(parseCliArgs(['compute', 'a.xlsx', '--progress'])).toMatchObject({
      options: { progress: 'on' },
    });
    expect(parseCliArgs(['compute', '-q', 'a.xlsx'])).toMatchObject({
      options: { progress: 'off' },
    });
    expect(parseCliArgs(['compute', 'a.xlsx', '--quiet', '--progress'])).toMatchObject({
      kind: 'usage-error',
    });
  });

  it('accepts an input named like an option after --', () => {
    expect(parseCliArgs(['compute', '--', '-bizarre.xlsx'])).toMatchObject({
      options: { input: '-bizarre.xlsx' },
    });
  });

  it('gives help and version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help', topic: 'general' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help', topic: 'general' });
    expect(parseCliArgs(['help', 'compute'])).toEqual({ kind: 'help', topic: 'compute' });
    expect(parseCliArgs(['compute', '--help'])).toEqual({ kind: 'help', topic: 'compute' });
    expect(parseCliArgs(['compute', 'x.xlsx', '--bogus', '--help'])).toMatchObject({
      kind: 'usage-error',
    });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseCliArgs(['-V'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], /commande manquante/],
    [['calcule', 'a.xlsx'], /commande inconnue : calcule/],
    [['--verbose'], /option inconnue : --verbose/],
    [['compute'], /classeur d’entrée manquant/],
    [['compute', 'a.xlsx', 'b.xlsx'], /un seul classeur/],
    [['compute', 'a.xlsx', '--rapport', 'r.html'], /option inconnue : --rapport/],
    [['compute', 'a.xlsx', '--report'], /--report attend une valeur \(RAPPORT.html\)/],
    [
      ['compute', 'a.xlsx', '--export-titres', '--profile', 'ciril'],
      /--export-titres attend une valeur/,
    ],
    [['compute', 'a.xlsx', '--profile', 'ciril'], /--profile s'utilise avec --export-titres/],
    [['compute', 'a.xlsx', '--profile', 'inconnu'], /--profile s'utilise avec --export-titres/],
    [
      [
        'compute',
        'a.xlsx',
        '--export-titres',
        't.csv',
        '--profile',
        'ciril',
        '--profile',
        'emagnus',
      ],
      /option répétée : --profile/,
    ],
    [['compute', 'a.xlsx', '--annexe-membre', '  '], /--annexe-membre attend un nom de membre/],
    [['compute', 'a.xlsx', '-o'], /-o attend une valeur/],
    [['compute', 'a.xlsx', '-o', '--json', 'x.json'], /-o attend une valeur/],
    [['compute', 'a.xlsx', '--json='], /--json attend une valeur/],
    [['compute', 'a.xlsx', '-o', 'x.xlsx', '--output', 'y.xlsx'], /option répétée : --output/],
    [['compute', 'a.xlsx', '--quiet=1'], /ne prend pas de valeur/],
  ])('refuses %j as bad usage', (argv, message) => {
    const parsed = parseCliArgs(argv as string[]);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed).toMatchObject({ message: expect.stringMatching(message) });
  });
});
