import { parseCliArgs } from '../../src/cli/cliArgs';

describe('parseCliArgs', () => {
  it('reads compute with its input, -o and --json in any order and both spellings', () => {
    expect(parseCliArgs(['compute', 'in.xlsx', '-o', 'out.xlsx', '--json', 'r.json'])).toEqual({
      kind: 'compute',
      options: { input: 'in.xlsx', output: 'out.xlsx', json: 'r.json', progress: 'auto' },
    });
    expect(parseCliArgs(['compute', '--json=r.json', '--output=o.xlsx', 'in.xlsx'])).toEqual({
      kind: 'compute',
      options: { input: 'in.xlsx', output: 'o.xlsx', json: 'r.json', progress: 'auto' },
    });
    expect(parseCliArgs(['compute', 'in.xlsx'])).toMatchObject({ options: { output: null, json: null } });
  });

  it('reads --progress and --quiet, and refuses both together', () => {
    expect(parseCliArgs(['compute', 'a.xlsx', '--progress'])).toMatchObject({ options: { progress: 'on' } });
    expect(parseCliArgs(['compute', '-q', 'a.xlsx'])).toMatchObject({ options: { progress: 'off' } });
    expect(parseCliArgs(['compute', 'a.xlsx', '--quiet', '--progress'])).toMatchObject({ kind: 'usage-error' });
  });

  it('accepts an input named like an option after --', () => {
    expect(parseCliArgs(['compute', '--', '-bizarre.xlsx'])).toMatchObject({ options: { input: '-bizarre.xlsx' } });
  });

  it('gives help and version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help', topic: 'general' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help', topic: 'general' });
    expect(parseCliArgs(['help', 'compute'])).toEqual({ kind: 'help', topic: 'compute' });
    expect(parseCliArgs(['compute', '--help'])).toEqual({ kind: 'help', topic: 'compute' });
    expect(parseCliArgs(['compute', 'x.xlsx', '--bogus', '--help'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseCliArgs(['-V'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], /commande manquante/],
    [['calcule', 'a.xlsx'], /commande inconnue : calcule/],
    [['--verbose'], /option inconnue : --verbose/],
    [['compute'], /classeur d’entrée manquant/],
    [['compute', 'a.xlsx', 'b.xlsx'], /un seul classeur/],
    [['compute', 'a.xlsx', '--report', 'r.html'], /option inconnue : --report/],
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
