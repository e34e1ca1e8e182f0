/** The small parts of the export: RFC 4180 quoting, the two encoders, profile lookup, file names. */
import fc from 'fast-check';
import { csvField, csvRecord } from '../../../src/engine/export/csv/csvField';
import { encodeUtf8 } from '../../../src/engine/export/encoding/encodeUtf8';
import { encodeLatin1, foldLatin1 } from '../../../src/engine/export/encoding/encodeLatin1';
import {
  findExportProfile,
  reductionsPathFor,
  EXPORT_PROFILES,
  DEFAULT_EXPORT_PROFILE,
} from '../../../src/engine';
import { parseCsv } from './support/parseCsv';

describe('RFC 4180', () => {
  test('quotes only what needs it, doubles quotes', () => {
    expect(csvField('simple', ';')).toBe('simple');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a;b', '\t')).toBe('a;b');
    expect(csvField('dit "oui"', ';')).toBe('"dit ""oui"""');
    expect(csvField('deux\nlignes', ';')).toBe('"deux\nlignes"');
    expect(csvRecord(['a', 'b;c', ''], ';')).toBe('a;"b;c";\r\n');
  });

  test('properties: any fields read back identically', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom(';', ',', '\t', '|'),
        (records, sep) => {
          const text = records.map((r) => csvRecord(r, sep)).join('');
          const back = parseCsv(text, sep);
          expect(back).toEqual(records);
        },
      ),
    );
  });
});

describe('encoders', () => {
  test('UTF-8 equals the platform encoder on any string, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(Buffer.from(encodeUtf8(s, false))).toEqual(Buffer.from(s, 'utf8'));
      }),
    );
    expect([...encodeUtf8('\ud800x', false)]).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    expect([...encodeUtf8('é', true)]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
  });

  test('ISO-8859-1: Latin-1 text is its code points, nothing replaced', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((n) => String.fromCharCode(n)) }),
        (s) => {
          const r = encodeLatin1(s);
          expect(Buffer.from(r.bytes)).toEqual(Buffer.from(s.normalize('NFC'), 'latin1'));
        },
      ),
    );
  });

  test('ISO-8859-1: substitutes for typography, ? for the rest, combining accents composed', () => {
    const r = encodeLatin1('1\u202f234,50\u00a0€ – l’œuvre … e\u0301 ✓ 漢');
    expect(Buffer.from(r.bytes).toString('latin1')).toBe(
      "1\u00a0234,50\u00a0EUR - l'oeuvre ... é ? ?",
    );
    expect(r).toMatchObject({ substituted: 6, replaced: 2, replacedSamples: ['✓', '漢'] });
    expect(foldLatin1('€’').text).toBe("EUR'");
  });
});

describe('profiles', () => {
  test('names match loosely; the default is generique', () => {
    expect(DEFAULT_EXPORT_PROFILE).toBe('generique');
    expect(findExportProfile('Générique')?.name).toBe('generique');
    expect(findExportProfile('e.magnus')?.name).toBe('emagnus');
    expect(findExportProfile('PES CSV')?.name).toBe('pes-csv');
    expect(findExportProfile('CIRIL')?.name).toBe('ciril');
    expect(findExportProfile('astre')).toBeNull();
  });

  test('every profile has the required columns', () => {
    for (const p of EXPORT_PROFILES) {
      const fields = p.titreColumns.map((c) => c.field);
      for (const f of [
        'exercice',
        'numero_titre',
        'numero_ligne',
        'date_emission',
        'debiteur',
        'siret',
        'objet',
        'compte_nature',
        'fonction',
        'montant',
        'base_liquidation',
        'reference_convention',
      ] as const) {
        expect(fields).toContain(f);
      }
      expect(p.titreColumns.find((c) => c.field === 'objet')?.maxLength).toBe(160);
      expect(p.reductionColumns.map((c) => c.field)).toContain('montant');
      expect(new Set(p.titreColumns.map((c) => c.header)).size).toBe(p.titreColumns.length);
    }
  });

  test('reductions file next to the titres file', () => {
    expect(reductionsPathFor('out/titres.csv')).toBe('out/titres-reductions.csv');
    expect(reductionsPathFor('C:\\compta\\titres 2026.txt')).toBe(
      'C:\\compta\\titres 2026-reductions.txt',
    );
    expect(reductionsPathFor('titres')).toBe('titres-reductions.csv');
    expect(reductionsPathFor('./.hidden/titres')).toBe('./.hidden/titres-reductions.csv');
  });
});
