/**
 * The titres export neutralises formula injection (OWASP "CSV Injection") in every
 * profile: a text field beginning with `=`, `+`, `-`, `@`, a tab or a CR gets a leading
 * `'`; amounts (negative ones included) and dates are left as they are.
 */
import fc from 'fast-check';
import { exportTitres, EXPORT_PROFILES, type ExportProfile } from '../../../src/engine';
import {
  AMOUNT_FIELDS,
  DATE_FIELDS,
  type ExportField,
  type ExportRecord,
} from '../../../src/engine/export/exportFields';
import {
  neutraliseFormula,
  startsLikeFormula,
} from '../../../src/engine/export/csv/formulaInjection';
import { writeCsvFile } from '../../../src/engine/export/writeCsvFile';
import { SAMPLE_TABLES } from '../../../src/workbook/sample/sampleData';
import { renameEverywhere, runSample } from '../annex/support/runSample';
import { decodeLatin1, decodeUtf8, parseCsv } from './support/parseCsv';

const STARTS = ['=', '+', '-', '@', '\t', '\r'];

function rowsOf(bytes: Uint8Array, profile: ExportProfile): string[][] {
  const text = profile.encoding === 'utf-8' ? decodeUtf8(bytes).text : decodeLatin1(bytes);
  return parseCsv(text, profile.separator).slice(1);
}

/** A record with every text field starting like a formula, a negative amount, a date. */
function hostileRecord(fields: readonly ExportField[], start: string): ExportRecord {
  const record: Partial<Record<ExportField, string>> = {};
  for (const field of fields)
    record[field] = AMOUNT_FIELDS.has(field)
      ? '-12.50'
      : DATE_FIELDS.has(field)
        ? '2026-01-15'
        : `${start}1+2`;
  return record;
}

describe.each(EXPORT_PROFILES.map((p) => [p.name, p] as const))('profile %s', (_, profile) => {
  it.each(STARTS.map((s) => [JSON.stringify(s), s]))(
    'prefixes text fields starting with %s, keeps amounts and dates',
    (__, start) => {
      for (const columns of [profile.titreColumns, profile.reductionColumns]) {
        const record = hostileRecord(
          columns.map((c) => c.field),
          start,
        );
        const result = writeCsvFile(profile, columns, [record]);
        const [row] = rowsOf(result.bytes, profile);
        const texts = columns.filter(
          (c) => !AMOUNT_FIELDS.has(c.field) && !DATE_FIELDS.has(c.field),
        );
        expect(result.neutralised).toBe(texts.length);
        columns.forEach((column, k) => {
          const value = row?.[k] ?? '';
          if (AMOUNT_FIELDS.has(column.field)) expect(value).toBe(`-12${profile.decimalMark}50`);
          else if (DATE_FIELDS.has(column.field)) expect(value).not.toMatch(/^'/);
          else expect(value.startsWith(`'${start}`)).toBe(true);
        });
      }
    },
  );
});

describe('formula injection through a run', () => {
  it('neutralises a member named like a formula in every profile, with a notice', () => {
    const outcome = runSample(renameEverywhere(SAMPLE_TABLES, 'Vaudrey', '=Vaudrey'));
    for (const profile of EXPORT_PROFILES) {
      const exported = exportTitres(outcome, profile.name);
      const text =
        profile.encoding === 'utf-8'
          ? decodeUtf8(exported.titres.bytes).text
          : decodeLatin1(exported.titres.bytes);
      expect(text).toContain("'=Vaudrey");
      expect(text).not.toMatch(new RegExp(`(^|[\\r\\n${profile.separator}"])=Vaudrey`));
      const notice = exported.notices.find((n) => n.code === 'EXPORT_FORMULE_NEUTRALISEE');
      expect(notice?.severity).toBe('info');
      expect(notice?.count).toBeGreaterThan(0);
    }
  });

  it('leaves the sample untouched (no text starts like a formula there)', () => {
    for (const profile of EXPORT_PROFILES)
      expect(exportTitres(runSample(), profile.name).notices.map((n) => n.code)).not.toContain(
        'EXPORT_FORMULE_NEUTRALISEE',
      );
  });
});

describe('neutraliseFormula', () => {
  it('prefixes exactly the values a spreadsheet would run, and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const out = neutraliseFormula(value);
        if (STARTS.some((s) => value.startsWith(s))) expect(out).toBe(`'${value}`);
        else expect(out).toBe(value);
        expect(startsLikeFormula(out)).toBe(false);
      }),
    );
  });
});
