/**
 * What the export carries beyond amounts: the optional `Membres` debtor-coding columns
 * (catégorie de tiers, nature juridique, code service Chorus, engagement juridique,
 * address) flow into the columns of each profile; characters with no ISO-8859-1 form are
 * written `?` and counted; long names are cut to the profile's limit and counted.
 */
import { exportTitres, EXPORT_PROFILES } from '../../../src/engine';
import { SAMPLE_TABLES } from '../../../src/workbook/sample/sampleData';
import { renameEverywhere, runSample, withMemberColumns } from '../annex/support/runSample';
import { decodeLatin1, decodeUtf8, parseCsv } from './support/parseCsv';

const CODING = {
  'Catégorie de tiers': { Vaudrey: '23', 'CCAS de Saint-Aurèle': '26' },
  'Nature juridique': { Vaudrey: '09', 'CCAS de Saint-Aurèle': '09' },
  'Code service': { Vaudrey: 'FIN-01' },
  'Engagement juridique': { Vaudrey: 'EJ2026-0042' },
  'Code tiers': { Vaudrey: 'T000123' },
  Adresse: { Vaudrey: '1 place de la Mairie; bâtiment "A"' },
  'Code postal': { Vaudrey: '24120' },
  Ville: { Vaudrey: 'Vaudrey' },
};

describe('debtor coding columns', () => {
  const outcome = runSample(withMemberColumns(SAMPLE_TABLES, CODING));

  test('coding columns are not criteria: the run is the same as without them', () => {
    expect(outcome.json.quoteParts).toEqual(runSample().json.quoteParts);
  });

  test('generic layout: every coding column filled for the debtor, quoted per RFC 4180', () => {
    const exported = exportTitres(outcome);
    const text = decodeUtf8(exported.titres.bytes).text;
    expect(text).toContain('"1 place de la Mairie; bâtiment ""A"""');
    const [header, ...rows] = parseCsv(text, ';');
    const vaudrey = rows.filter((r) => r[header!.indexOf('debiteur')] === 'Vaudrey');
    expect(vaudrey.length).toBeGreaterThan(0);
    for (const r of vaudrey) {
      const get = (h: string) => r[header!.indexOf(h)];
      expect([
        get('categorie_tiers'),
        get('nature_juridique'),
        get('code_service'),
        get('engagement_juridique'),
        get('code_tiers'),
        get('adresse'),
        get('code_postal'),
        get('ville'),
      ]).toEqual([
        '23',
        '09',
        'FIN-01',
        'EJ2026-0042',
        'T000123',
        '1 place de la Mairie; bâtiment "A"',
        '24120',
        'Vaudrey',
      ]);
    }
    const ccas = rows.filter((r) => r[header!.indexOf('debiteur')] === 'CCAS de Saint-Aurèle');
    for (const r of ccas)
      expect([r[header!.indexOf('categorie_tiers')], r[header!.indexOf('code_service')]]).toEqual([
        '26',
        '',
      ]);
  });

  test('pes-csv: CatTiers, NatJur, service code and EJ in their columns', () => {
    const profile = EXPORT_PROFILES.find((p) => p.name === 'pes-csv')!;
    const [header, ...rows] = parseCsv(
      decodeLatin1(exportTitres(outcome, 'pes-csv').titres.bytes),
      profile.separator,
    );
    const vaudrey = rows.find((r) => r[header!.indexOf('Nom')] === 'Vaudrey')!;
    expect(
      ['CatTiers', 'NatJur', 'CodeServiceChorus', 'NumEJ', 'CP'].map(
        (h) => vaudrey[header!.indexOf(h)],
      ),
    ).toEqual(['23', '09', 'FIN-01', 'EJ2026-0042', '24120']);
  });
});

describe('characters and lengths', () => {
  const odd = 'Vaudrey-sur-Ōra ✓';
  const outcome = runSample(renameEverywhere(SAMPLE_TABLES, 'Vaudrey', odd));
  const lines = outcome.json.titres.filter((t) => t.debtor === odd).length;

  test('ISO-8859-1: characters with no Latin-1 form become ? and are counted', () => {
    expect(lines).toBeGreaterThan(0);
    const exported = exportTitres(outcome, 'emagnus');
    const text = decodeLatin1(exported.titres.bytes);
    expect(text).toContain('Vaudrey-sur-?ra ?');
    const notice = exported.notices.find((n) => n.code === 'EXPORT_CARACTERES_REMPLACES');
    expect(notice).toMatchObject({ severity: 'warning', count: 2 * lines });
    expect(notice?.message).toContain('« Ō »');
    // The exact count, the words agreeing with it: never "caractère(s)".
    expect(notice?.message).toMatch(new RegExp(`^${2 * lines} caractères sans .* remplacés par`));
    for (const other of exported.notices) expect(other.message).not.toContain('(s)');
  });

  test('UTF-8 keeps them', () => {
    const exported = exportTitres(outcome);
    expect(decodeUtf8(exported.titres.bytes).text).toContain(odd);
    expect(exported.notices.some((n) => n.code === 'EXPORT_CARACTERES_REMPLACES')).toBe(false);
  });

  test('a debtor name over 38 characters is cut in pes-csv and counted', () => {
    const long = 'Syndicat intercommunal à vocation multiple du Haut-Aurèle';
    const run = runSample(renameEverywhere(SAMPLE_TABLES, 'Vaudrey', long));
    const count = run.json.titres.filter((t) => t.debtor === long).length;
    const exported = exportTitres(run, 'pes-csv');
    expect(decodeLatin1(exported.titres.bytes)).toContain(`;${long.slice(0, 38)};`);
    expect(exported.notices.find((n) => n.code === 'EXPORT_TEXTE_TRONQUE')).toMatchObject({
      count,
    });
  });
});
