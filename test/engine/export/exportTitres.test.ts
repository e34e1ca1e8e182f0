/**
 * Titres export of the sample: the generic layout (UTF-8 with BOM, `;`, decimal comma,
 * JJ/MM/AAAA) and each named profile; every row is a titre line of the result with the
 * same amount and base de liquidation, and the file's total equals Σ titres to the cent.
 */
import {
  exportTitres,
  EXPORT_PROFILES,
  OutcomeUseError,
  type ExportProfile,
} from '../../../src/engine';
import { eq } from '../../../src/engine/numbers/rational';
import { SAMPLE_REGULARISATION_TABLES } from '../../../src/workbook/sample/sampleData';
import { runSample } from '../annex/support/runSample';
import { dec, sumOf } from '../annex/support/exact';
import { decodeLatin1, decodeUtf8, parseCsv } from './support/parseCsv';

const outcome = runSample();
const { json } = outcome;

function rowsOf(bytes: Uint8Array, profile: ExportProfile): Record<string, string>[] {
  const text = profile.encoding === 'utf-8' ? decodeUtf8(bytes).text : decodeLatin1(bytes);
  const [header, ...rows] = parseCsv(text, profile.separator);
  for (const r of rows) expect(r).toHaveLength(header!.length);
  return rows.map((r) => Object.fromEntries(header!.map((h, k) => [h, r[k]!])));
}

const amountOf = (text: string, profile: ExportProfile) =>
  profile.decimalMark === ',' ? text.replace(',', '.') : text;

describe('generic layout', () => {
  const profile = EXPORT_PROFILES[0]!;
  const exported = exportTitres(outcome);
  const rows = rowsOf(exported.titres.bytes, profile);

  test('is the default profile: UTF-8 with BOM, semicolons, CRLF, documented header', () => {
    expect(exported.profile.name).toBe('generique');
    expect(decodeUtf8(exported.titres.bytes).bom).toBe(true);
    expect(exported.titres.mediaType).toBe('text/csv;charset=utf-8');
    expect(exported.titres.fileName).toBe('titres-2026-generique.csv');
    const text = decodeUtf8(exported.titres.bytes).text;
    expect(text.split('\r\n')[0]).toBe(
      'exercice;numero_titre;numero_ligne;date_emission;debiteur;siret;objet;compte_nature;fonction;service;montant;periode;base_liquidation;reference_convention;type_ligne;categorie_tiers;nature_juridique;code_service;engagement_juridique;code_tiers;adresse;code_postal;ville',
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('one row per titre line, same numbers, amounts, periods, liquidation', () => {
    expect(rows).toHaveLength(json.titres.length);
    expect(
      rows.map((r) => [
        Number(r['numero_titre']),
        Number(r['numero_ligne']),
        r['periode'],
        r['debiteur'],
        r['service'],
        r['compte_nature'],
        r['montant'],
        r['base_liquidation'],
      ]),
    ).toEqual(
      json.titres.map((t) => [
        t.number,
        t.line,
        t.period,
        t.debtor,
        t.service,
        t.account,
        t.amount.replace('.', ','),
        t.liquidation,
      ]),
    );
  });

  test('Σ montant equals Σ titres to the cent, and the file says so', () => {
    const csvTotal = sumOf(rows.map((r) => r['montant']!.replace(',', '.')));
    expect(eq(csvTotal, sumOf(json.titres.map((t) => t.amount)))).toBe(true);
    expect(eq(dec(exported.titres.total), csvTotal)).toBe(true);
    // 338 388,00 before v1.1; + Hébergement applicatif (tiers) and the 200 120,00 € of the two
    // support services ventilated (most onto services billed by titre, the rest onto the AC-settled SCI).
    expect(exported.titres.total).toBe('464470.59');
  });

  test('dates JJ/MM/AAAA, objects ≤ 160 characters, SIRET and convention on every row', () => {
    for (const r of rows) {
      expect(r['date_emission']).toBe('16/03/2026');
      expect(r['exercice']).toBe('2026');
      expect([...r['objet']!].length).toBeLessThanOrEqual(160);
      expect(r['siret']).toMatch(/^\d{14}$/);
      expect(r['reference_convention']).toBe('n° 2024-017 du 12 décembre 2024');
      expect(['Quote-part', 'Frais de gestion']).toContain(r['type_ligne']);
    }
  });

  test('no reductions file outside a régularisation', () => {
    expect(exported.reductions).toBeNull();
  });
});

describe.each(
  EXPORT_PROFILES.filter((p) => p.name !== 'generique').map((p) => [p.name, p] as const),
)('profile %s', (_name, profile) => {
  const exported = exportTitres(outcome, profile.name);
  const rows = rowsOf(exported.titres.bytes, profile);
  const amountColumn = profile.titreColumns.find((c) => c.field === 'montant')!.header;
  const nameColumn = profile.titreColumns.find((c) => c.field === 'debiteur')!.header;

  test('ISO-8859-1 bytes: one byte per accented letter, € written EUR, no BOM', () => {
    expect(profile.encoding).toBe('iso-8859-1');
    expect(exported.titres.mediaType).toBe('text/csv;charset=iso-8859-1');
    const bytes = exported.titres.bytes;
    expect([bytes[0], bytes[1], bytes[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
    const lavergne = [...'Lavergne-les-Prés'].map((c) => c.charCodeAt(0));
    expect(lavergne).toContain(0xe9);
    expect(Buffer.from(bytes).indexOf(Buffer.from(lavergne))).toBeGreaterThan(0);
    expect(Buffer.from(bytes).indexOf(Buffer.from([0xc3, 0xa9]))).toBe(-1);
    const text = decodeLatin1(bytes);
    expect(text).not.toContain('€');
    expect(text).toMatch(/[\u00a0 ]EUR/);
    expect(
      exported.notices.find((n) => n.code === 'EXPORT_CARACTERES_TRANSCRITS')?.count,
    ).toBeGreaterThan(0);
    expect(exported.notices.some((n) => n.code === 'EXPORT_CARACTERES_REMPLACES')).toBe(false);
  });

  test('amounts with the profile decimal mark; total equals Σ titres', () => {
    expect(rows).toHaveLength(json.titres.length);
    const nameLimit =
      profile.titreColumns.find((c) => c.field === 'debiteur')!.maxLength ?? Infinity;
    rows.forEach((r, k) => {
      expect(r[amountColumn]).toBe(json.titres[k]!.amount.replace('.', profile.decimalMark));
      expect(r[nameColumn]).toBe(json.titres[k]!.debtor.slice(0, nameLimit));
    });
    expect(
      eq(
        sumOf(rows.map((r) => amountOf(r[amountColumn]!, profile))),
        sumOf(json.titres.map((t) => t.amount)),
      ),
    ).toBe(true);
  });

  test('dates in the profile format', () => {
    const dateColumn = profile.titreColumns.find((c) => c.field === 'date_emission')!.header;
    const expected =
      profile.dateFormat === 'AAAA-MM-JJ'
        ? '2026-03-16'
        : profile.dateFormat === 'AAAAMMJJ'
          ? '20260316'
          : '16/03/2026';
    for (const r of rows) expect(r[dateColumn]).toBe(expected);
  });
});

describe('profile pes-csv', () => {
  test('the porteur’s long name is cut to 38 characters and counted; product code per service', () => {
    const exported = exportTitres(outcome, 'PES CSV');
    const rows = rowsOf(
      exported.titres.bytes,
      EXPORT_PROFILES.find((p) => p.name === 'pes-csv')!,
    );
    for (const r of rows) expect(r['Nom']!.length).toBeLessThanOrEqual(38);
    expect(rows.find((r) => r['CodProdLoc'] === 'QP02')?.['Nature']).toBe('70875');
    const long = json.titres.filter((t) => t.debtor.length > 38).length;
    const notice = exported.notices.find((n) => n.code === 'EXPORT_TEXTE_TRONQUE');
    if (long === 0) expect(notice).toBeUndefined();
    else expect(notice?.count).toBe(long);
  });
});

describe('régularisation', () => {
  const regularisation = runSample(SAMPLE_REGULARISATION_TABLES);
  test.each(EXPORT_PROFILES.map((p) => [p.name, p] as const))(
    '%s: reductions in their own file, totals equal',
    (_name, profile) => {
      const exported = exportTitres(regularisation, profile.name);
      expect(regularisation.json.reductions.length).toBeGreaterThan(0);
      const reductions = exported.reductions!;
      expect(reductions.fileName).toBe(`reductions-2026-${profile.name}.csv`);
      const rows = rowsOf(reductions.bytes, profile);
      expect(rows).toHaveLength(regularisation.json.reductions.length);
      const amountColumn = profile.reductionColumns.find((c) => c.field === 'montant')!.header;
      expect(
        eq(
          sumOf(rows.map((r) => r[amountColumn]!.replace(',', '.'))),
          sumOf(regularisation.json.reductions.map((r) => r.amount)),
        ),
      ).toBe(true);
      expect(
        eq(dec(reductions.total), sumOf(regularisation.json.reductions.map((r) => r.amount))),
      ).toBe(true);
      const titres = rowsOf(exported.titres.bytes, profile);
      const titreAmount = profile.titreColumns.find((c) => c.field === 'montant')!.header;
      expect(
        eq(
          sumOf(titres.map((r) => r[titreAmount]!.replace(',', '.'))),
          sumOf(regularisation.json.titres.map((t) => t.amount)),
        ),
      ).toBe(true);
    },
  );
});

describe('misuse', () => {
  test('unknown profile names the known ones', () => {
    expect(() => exportTitres(outcome, 'sedit')).toThrow(/generique, emagnus, ciril, pes-csv/);
    expect(() => exportTitres(outcome, 'sedit')).toThrow(OutcomeUseError);
  });
  test('invalid run: nothing to export', () => {
    expect(() => exportTitres({ ...outcome, status: 'invalid' })).toThrow(OutcomeUseError);
    const { details: _d, ...withoutDetails } = outcome;
    expect(() => exportTitres(withoutDetails)).toThrow(OutcomeUseError);
  });
});
