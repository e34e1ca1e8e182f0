/**
 * Hostile and unusual zip archives: zip bombs (honest or lying about their size), entry
 * names with `\`, two entries of one name, names that leave the package. Each archive is
 * written here byte by byte (support/rawZip.ts).
 */
import { strToU8, unzipSync } from 'fflate';
import { readXlsxWorkbookSync } from '../../../../src/workbook/xlsx/read/readXlsxWorkbook';
import { writeXlsxWithPlan } from '../../../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { escapesPackage, openZipArchive } from '../../../../src/workbook/xlsx/zip/zipArchive';
import { XlsxReadError } from '../../../../src/workbook/xlsx/xlsxReadError';
import { buildPackage } from '../support/buildPackage';
import { entriesOf, rawZip, spacesBomb, type RawEntry } from '../../../../bench/hostile/rawZip';

const SHEET = 'xl/worksheets/sheet1.xml';

function sound(): RawEntry[] {
  return entriesOf(
    buildPackage({
      sharedStrings: ['Membre', 'Alpha'],
      sheets: [
        {
          name: 'Membres',
          body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData>',
        },
      ],
    }),
  );
}

/** The package with entry `name` replaced by `change(entry)`. */
function withEntry(name: string, change: (entry: RawEntry) => RawEntry): Uint8Array {
  return rawZip(sound().map((entry) => (entry.name === name ? change(entry) : entry)));
}

function readError(bytes: Uint8Array, maxInflatedBytes?: number): XlsxReadError {
  try {
    readXlsxWorkbookSync(bytes, maxInflatedBytes === undefined ? undefined : { maxInflatedBytes });
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw error;
  }
  throw new Error('read without error');
}

describe('zip bombs', () => {
  it('refuses, before inflating, a part whose declared size is beyond the budget (2.1 GB of spaces in 2 MB)', () => {
    const bomb = withEntry(SHEET, (entry) => ({
      name: entry.name,
      deflated: spacesBomb(2100),
      declaredSize: 2100 * 1024 * 1024,
    }));
    expect(bomb.length).toBeLessThan(2_500_000);
    const error = readError(bomb);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(
      `classeur trop volumineux ou endommagé : la partie « ${SHEET} » se décompresse en 2100 Mo, au-delà des 256 Mo que QuotePart lit au plus dans un classeur`,
    );
  });

  it('refuses a part beyond the longest string V8 holds, whatever the budget', () => {
    const bomb = withEntry(SHEET, (entry) => ({
      name: entry.name,
      deflated: spacesBomb(600),
      declaredSize: 600 * 1024 * 1024,
    }));
    const error = readError(bomb, 4000 * 1024 * 1024);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('au-delà des 512 Mo que QuotePart peut lire dans une partie');
  });

  it('stops a part that inflates beyond its declared size (64 MB said to be 1 kB)', () => {
    const liar = withEntry(SHEET, (entry) => ({
      name: entry.name,
      deflated: spacesBomb(64),
      declaredSize: 1000,
    }));
    const error = readError(liar);
    expect(error.code).toBe('DAMAGED');
    expect(error.message).toContain(
      `la partie « ${SHEET} » se décompresse au-delà de la taille annoncée par le fichier zip (1000 octets)`,
    );
  });

  it('refuses a lie in the shared strings too (they were read leniently before)', () => {
    const liar = withEntry('xl/sharedStrings.xml', (entry) => ({
      name: entry.name,
      deflated: spacesBomb(8),
      declaredSize: 100,
    }));
    expect(readError(liar).message).toContain('taille annoncée');
  });

  it('refuses as damaged a part that inflates to less than its declared size', () => {
    const short = withEntry(SHEET, (entry) => ({
      ...entry,
      declaredSize: (entry.data?.length ?? 0) + 10,
    }));
    const error = readError(short);
    expect(error.code).toBe('DAMAGED');
    expect(error.message).toContain(`« ${SHEET} »`);
  });

  it('refuses as damaged a part whose bytes do not match its CRC-32', () => {
    const altered = withEntry(SHEET, (entry) => ({ ...entry, crc: 0x12345678 }));
    const error = readError(altered);
    expect(error.code).toBe('DAMAGED');
    expect(error.message).toContain(`partie « ${SHEET} » illisible`);
  });

  it('charges every part read to one budget for the whole workbook', () => {
    const bytes = rawZip(sound());
    const read = sound()
      .filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels'))
      .reduce((sum, e) => sum + (e.data?.length ?? 0), 0);
    // The reader inflates each part once, the workbook and content types twice (checks).
    expect(() => readXlsxWorkbookSync(bytes, { maxInflatedBytes: 2 * read })).not.toThrow();
    const error = readError(bytes, 600);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(
      /au-delà des 600 octets que QuotePart lit au plus dans un classeur$/,
    );
  });
});

describe('zip entry names', () => {
  it('reads entry names written with backslashes (Windows tools) as Excel does', () => {
    const windows = rawZip(sound().map((e) => ({ ...e, name: e.name.replace(/\//g, '\\') })));
    const workbook = readXlsxWorkbookSync(windows);
    expect(workbook.tables.find((t) => t.name === 'Membres')?.rows).toEqual([['Alpha']]);
    expect(openZipArchive(windows).entries.map((e) => e.name)).toContain(SHEET);
  });

  it('refuses two entries of one name (case-insensitive), naming it', () => {
    const twice = rawZip([
      ...sound(),
      { name: 'XL/Worksheets/Sheet1.xml', data: strToU8('<worksheet/>') },
    ]);
    const error = readError(twice);
    expect(error.code).toBe('DAMAGED');
    expect(error.message).toContain('« XL/Worksheets/Sheet1.xml » y figure deux fois');
  });

  it.each(['../evil.txt', '/etc/evil', 'C:evil.bat', 'xl/../../evil', '..\\evil.txt', 'a/\u0000b'])(
    'drops %j: never read, never copied into the output, one warning',
    (name) => {
      const bytes = rawZip([...sound(), { name, data: strToU8('pwned') }]);
      expect(escapesPackage(name.replace(/\\/g, '/'))).toBe(true);
      const workbook = readXlsxWorkbookSync(bytes);
      expect(workbook.readProblems).toEqual([
        expect.objectContaining({ severity: 'warning', code: 'PARTIE_ILLISIBLE', value: name }),
      ]);
      const plan = { sheets: [{ name: 'QP Résultat', freezeRows: 0, blocks: [] }] };
      const output = unzipSync(writeXlsxWithPlan(bytes, plan));
      const expected = unzipSync(writeXlsxWithPlan(rawZip(sound()), plan));
      expect(Object.keys(output)).toEqual(Object.keys(expected));
      expect(Object.values(output).some((data) => Buffer.from(data).includes('pwned'))).toBe(false);
    },
  );

  it('keeps ordinary names as they are', () => {
    for (const name of [
      'xl/worksheets/sheet1.xml',
      '[Content_Types].xml',
      'customXml/item1.xml',
      'a..b/c.xml',
    ])
      expect(escapesPackage(name)).toBe(false);
  });
});
