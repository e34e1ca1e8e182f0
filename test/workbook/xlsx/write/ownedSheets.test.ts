/**
 * A run owns only the sheets it wrote: it records them in docProps/custom.xml and the
 * next run replaces those only; a `QP …` sheet of the user is kept; a sheet whose name
 * collides (without case) with one QuotePart writes is refused; a workbook written before
 * the record existed keeps working (legacy rule: `QP …` sheets carrying a `QP_` table).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { computeOutput, rewriteParts } from '../validity/computeOutput';
import {
  OWNED_SHEETS_PROPERTY,
  readOwnedSheetsRecord,
  withOwnedSheetsRecord,
} from '../../../../src/workbook/xlsx/write/ownedSheetsRecord';
import { openZipArchive } from '../../../../src/workbook/xlsx/zip/zipArchive';

const ROOT = resolve(__dirname, '../../../..');
const SAMPLE = new Uint8Array(readFileSync(resolve(ROOT, 'assets/sample.xlsx')));

function sheetNames(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['xl/workbook.xml'] as Uint8Array);
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\sname="([^"]*)"/g)].map((m) =>
    (m[1] as string).replace(/&amp;/g, '&'),
  );
}

function recorded(bytes: Uint8Array): string[] | null {
  return readOwnedSheetsRecord(openZipArchive(bytes));
}

/** Lengths of the record's values in docProps/custom.xml (Excel keeps 255 characters a value). */
function recordValueLengths(bytes: Uint8Array): number[] {
  const xml = strFromU8(unzipSync(bytes)['docProps/custom.xml'] as Uint8Array);
  return [...xml.matchAll(/name="QuotePart\.FeuillesEcrites(?:\.\d+)?"><vt:lpwstr>([^<]*)</g)].map(
    (m) => (m[1] as string).replace(/&amp;/g, '&').length,
  );
}

async function sampleWithSheets(extra: Record<string, string>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(SAMPLE) as unknown as ExcelJS.Buffer);
  for (const [name, text] of Object.entries(extra))
    workbook.addWorksheet(name).getCell('A1').value = text;
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('owned sheets', () => {
  it('records the sheets written, and the next run replaces exactly those', async () => {
    const first = await computeOutput(SAMPLE);
    const output = first.output as Uint8Array;
    const written = sheetNames(output).filter((n) => !sheetNames(SAMPLE).includes(n));
    expect(written.length).toBeGreaterThan(5);
    expect(recorded(output)).toEqual(written);
    // The sample writes 17 sheets, over 255 characters: two properties, each within the limit.
    expect(recordValueLengths(output).length).toBeGreaterThan(1);
    for (const length of recordValueLengths(output)) expect(length).toBeLessThanOrEqual(255);
    const second = await computeOutput(output);
    expect(sheetNames(second.output as Uint8Array)).toEqual(sheetNames(output));
    expect(recorded(second.output as Uint8Array)).toEqual(written);
  });

  it('keeps a user sheet starting with `QP ` that it did not write, run after run', async () => {
    const input = await sampleWithSheets({ 'QP Notes': 'mes notes' });
    const first = (await computeOutput(input)).output as Uint8Array;
    expect(sheetNames(first)).toContain('QP Notes');
    expect(recorded(first)).not.toContain('QP Notes');
    const second = (await computeOutput(first)).output as Uint8Array;
    expect(sheetNames(second).filter((n) => n === 'QP Notes')).toHaveLength(1);
  });

  it('refuses (exit 2, nothing written) a user sheet named like a result sheet without case', async () => {
    const input = await sampleWithSheets({ 'qp titres': 'brouillon' });
    const run = await computeOutput(input);
    expect(run.code).toBe(2);
    expect(run.output).toBeNull();
    expect(run.err).toContain("la feuille « qp titres » n'a pas été écrite par QuotePart");
    expect(run.err).toContain('« QP Titres »');
  });

  it('treats, in a workbook without record, the `QP …` sheets with a `QP_` table as owned', async () => {
    const withNotes = await sampleWithSheets({ 'QP Notes': 'mes notes' });
    const output = (await computeOutput(withNotes)).output as Uint8Array;
    // An output of a version before the record: no docProps/custom.xml.
    const legacy = rewriteParts(output, (name, xml) => {
      if (name === 'docProps/custom.xml') return null;
      if (name === '_rels/.rels')
        return xml.replace(/<Relationship [^>]*custom-properties[^>]*\/>/, '');
      if (name === '[Content_Types].xml')
        return xml.replace(/<Override PartName="\/docProps\/custom\.xml"[^>]*\/>/, '');
      return xml;
    });
    expect(recorded(legacy)).toBeNull();
    const again = (await computeOutput(legacy)).output as Uint8Array;
    expect(sheetNames(again)).toEqual(sheetNames(output));
  });
});

describe('withOwnedSheetsRecord', () => {
  const NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
  const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

  it('appends the record to other properties with the next pid, in the prefixes in scope', () => {
    const xml = `<?xml version="1.0"?><op:Properties xmlns:op="${NS}" xmlns:t="${VT}"><op:property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="Auteur"><t:lpwstr>Moi</t:lpwstr></op:property></op:Properties>`;
    const out = withOwnedSheetsRecord(xml, ['QP Titres', 'QP AC']);
    expect(out).toContain('<t:lpwstr>Moi</t:lpwstr>');
    expect(out).toContain(
      `<op:property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="6" name="${OWNED_SHEETS_PROPERTY}"><t:lpwstr>QP Titres/QP AC</t:lpwstr></op:property></op:Properties>`,
    );
  });

  it('replaces an earlier record in place, keeping its pid', () => {
    const xml = `<Properties xmlns="${NS}" xmlns:vt="${VT}"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="${OWNED_SHEETS_PROPERTY}"><vt:lpwstr>QP Vieux</vt:lpwstr></property></Properties>`;
    const out = withOwnedSheetsRecord(xml, ['QP Titres & co']);
    expect(out).toBe(xml.replace('QP Vieux', 'QP Titres &amp; co'));
  });

  it('replaces a two-part record by a one-part one, dropping the second part', () => {
    const property = (pid: number, name: string, value: string): string =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
    const xml = `<Properties xmlns="${NS}" xmlns:vt="${VT}">${property(2, OWNED_SHEETS_PROPERTY, 'QP A')}${property(3, 'Auteur', 'Moi')}${property(4, `${OWNED_SHEETS_PROPERTY}.2`, 'QP B')}</Properties>`;
    expect(withOwnedSheetsRecord(xml, ['QP C'])).toBe(
      `<Properties xmlns="${NS}" xmlns:vt="${VT}">${property(2, OWNED_SHEETS_PROPERTY, 'QP C')}${property(3, 'Auteur', 'Moi')}</Properties>`,
    );
  });

  it('declares the variant-types prefix when the part has none in scope', () => {
    const xml = `<Properties xmlns="${NS}"/>`;
    const out = withOwnedSheetsRecord(xml, ['QP AC']);
    expect(out).toBe(
      `<Properties xmlns="${NS}"><property xmlns:vt="${VT}" fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${OWNED_SHEETS_PROPERTY}"><vt:lpwstr>QP AC</vt:lpwstr></property></Properties>`,
    );
  });
});
