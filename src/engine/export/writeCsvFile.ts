/**
 * Writes records as the bytes of a CSV file in a profile's dialect: header line, amounts
 * with the profile's decimal mark, dates in its format, values cut to the column's
 * maximum length, text fields that would run as formulas prefixed with `'` (OWASP),
 * RFC 4180 quoting, CRLF line ends, then UTF-8 (optional BOM) or ISO-8859-1 bytes.
 * Reports what it had to change.
 */
import { frenchDate } from '../dates/calendar';
import { AMOUNT_FIELDS, DATE_FIELDS, type ExportRecord } from './exportFields';
import type { ExportColumn, ExportDateFormat, ExportProfile } from './exportProfiles';
import { csvRecord } from './csv/csvField';
import { neutraliseFormula, startsLikeFormula } from './csv/formulaInjection';
import { encodeUtf8 } from './encoding/encodeUtf8';
import { encodeLatin1, foldLatin1 } from './encoding/encodeLatin1';

/** The bytes of a file and the changes made to fit the profile. */
export interface CsvFileResult {
  readonly bytes: Uint8Array;
  /** Values cut to the column's maximum length, per column header. */
  readonly truncated: ReadonlyMap<string, { readonly count: number; readonly maxLength: number }>;
  /** Characters written with a Latin-1 substitute, and characters written `?`. */
  readonly substituted: number;
  readonly replaced: number;
  readonly replacedSamples: readonly string[];
  /** Text values prefixed with `'` because they began like a formula (`=`, `+`, `-`, `@`…). */
  readonly neutralised: number;
}

function formatDate(iso: string, format: ExportDateFormat): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return format === 'JJ/MM/AAAA'
    ? frenchDate(iso)
    : format === 'AAAAMMJJ'
      ? iso.replace(/-/g, '')
      : iso;
}

/** The CSV file of `records` for `columns` of `profile`. */
export function writeCsvFile(
  profile: ExportProfile,
  columns: readonly ExportColumn[],
  records: readonly ExportRecord[],
): CsvFileResult {
  const latin1 = profile.encoding === 'iso-8859-1';
  const truncated = new Map<string, { count: number; maxLength: number }>();
  let substituted = 0;
  let neutralised = 0;
  const cell = (column: ExportColumn, record: ExportRecord): string => {
    let value = record[column.field] ?? '';
    if (AMOUNT_FIELDS.has(column.field)) value = value.replace('.', profile.decimalMark);
    else if (DATE_FIELDS.has(column.field)) value = formatDate(value, profile.dateFormat);
    else if (startsLikeFormula(value)) {
      value = neutraliseFormula(value);
      neutralised++;
    }
    if (latin1) {
      const folded = foldLatin1(value);
      substituted += folded.substituted;
      value = folded.text;
    }
    if (column.maxLength !== undefined && [...value].length > column.maxLength) {
      value = [...value].slice(0, column.maxLength).join('');
      const t = truncated.get(column.header) ?? { count: 0, maxLength: column.maxLength };
      t.count++;
      truncated.set(column.header, t);
    }
    return value;
  };
  const lines = [
    csvRecord(
      columns.map((c) => c.header),
      profile.separator,
    ),
  ];
  for (const record of records)
    lines.push(
      csvRecord(
        columns.map((c) => cell(c, record)),
        profile.separator,
      ),
    );
  const text = lines.join('');
  if (!latin1)
    return {
      bytes: encodeUtf8(text, profile.bom),
      truncated,
      substituted: 0,
      replaced: 0,
      replacedSamples: [],
      neutralised,
    };
  const encoded = encodeLatin1(text);
  return {
    bytes: encoded.bytes,
    truncated,
    substituted: substituted + encoded.substituted,
    replaced: encoded.replaced,
    replacedSamples: encoded.replacedSamples,
    neutralised,
  };
}
