/**
 * `CatTiers` / `NatJur` of PES V2 from the member's `Type` when the workbook has no
 * coding column: a commune 23, a groupement (EPCI, syndicat) 24, a CCAS 26, all NatJur 09;
 * an explicit `Catégorie de tiers` wins; an unknown type stays empty.
 */
import { exportTitres } from '../../../src/engine';
import { SAMPLE_TABLES } from '../../../src/workbook/sample/sampleData';
import { debtorCategory } from '../../../src/engine/export/debtorCategory';
import { runSample, withMemberColumns } from '../annex/support/runSample';
import { decodeUtf8, decodeLatin1, parseCsv } from './support/parseCsv';

describe('PES V2 debtor category from Type', () => {
  test('known types, and nothing for an unknown one', () => {
    expect(debtorCategory('Commune')).toEqual({ categorieTiers: '23', natureJuridique: '09' });
    expect(debtorCategory('EPCI').categorieTiers).toBe('24');
    expect(debtorCategory('Syndicat mixte').categorieTiers).toBe('24');
    expect(debtorCategory('Communauté de communes').categorieTiers).toBe('24');
    expect(debtorCategory('CCAS').categorieTiers).toBe('26');
    expect(debtorCategory('Centre communal d’action sociale').categorieTiers).toBe('26');
    expect(debtorCategory('Association')).toEqual({ categorieTiers: '', natureJuridique: '' });
    expect(debtorCategory(null)).toEqual({ categorieTiers: '', natureJuridique: '' });
  });

  test('pes-csv of the sample: CatTiers and NatJur filled from Type', () => {
    const file = exportTitres(runSample(), 'pes-csv').titres;
    const text = file.mediaType.includes('iso-8859-1')
      ? decodeLatin1(file.bytes)
      : decodeUtf8(file.bytes).text;
    const [header, ...rows] = parseCsv(text, ';');
    const col = (name: string) => header!.indexOf(name);
    expect(col('CatTiers')).toBeGreaterThanOrEqual(0);
    const cats = new Set(rows.map((r) => `${r[col('CatTiers')]}/${r[col('NatJur')]}`));
    expect([...cats].sort()).toEqual(['23/09', '26/09']);
  });

  test('an explicit Catégorie de tiers column wins over Type', () => {
    const tables = withMemberColumns(SAMPLE_TABLES, { 'Catégorie de tiers': { Vaudrey: '29' } });
    const file = exportTitres(runSample(tables)).titres;
    const [header, ...rows] = parseCsv(decodeUtf8(file.bytes).text, ';');
    const get = (r: string[], h: string) => r[header!.indexOf(h)];
    const vaudrey = rows.filter((r) => get(r, 'debiteur') === 'Vaudrey');
    expect(vaudrey.map((r) => get(r, 'categorie_tiers'))).toEqual(vaudrey.map(() => '29'));
    const other = rows.find((r) => get(r, 'debiteur') === 'Bois-Joly')!;
    expect(get(other, 'categorie_tiers')).toBe('23');
  });
});
