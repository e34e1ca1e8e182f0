/**
 * Round trip of result workbooks through LibreOffice and openpyxl (`npm run
 * test:interop`; needs `soffice` and Debian's python3-openpyxl):
 *
 * - for the sample and the openpyxl / LibreOffice inputs kept under
 *   test/fixtures/xlsx/producers/ (the held-out openpyxl workbook included), the result
 *   workbook opened by LibreOffice headless is saved again without error, and that
 *   re-save passes the validity harness too;
 * - the `QP_` tables read back with openpyxl, from the result and from its LibreOffice
 *   re-save, equal the JSON result to the cent (quote-parts and titres), and openpyxl
 *   loads both without a warning.
 *
 * The result workbooks hold values only (no formula), so LibreOffice's recalculation
 * on load has nothing to change: the re-save is checked for what it writes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { computeOutput, withPrefixedMainNamespace } from '../workbook/xlsx/validity/computeOutput';
import { checkPackage } from '../workbook/xlsx/validity/packageValidity';

const ROOT = resolve(__dirname, '../..');
const PRODUCERS = join(ROOT, 'test/fixtures/xlsx/producers');
const READ_TABLES = join(__dirname, 'support/read_qp_tables.py');

const work = mkdtempSync(join(tmpdir(), 'qp-interop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** LibreOffice opens `file` and saves it as xlsx; returns the bytes it wrote. */
function libreOfficeResave(file: string, name: string): Uint8Array {
  const outDir = join(work, `lo-${name}`);
  const result = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 300000 },
  );
  expect(result.status).toBe(0);
  expect(result.stderr).not.toMatch(/error|could not be loaded/i);
  const written = readdirSync(outDir);
  expect(written).toHaveLength(1);
  return new Uint8Array(readFileSync(join(outDir, written[0] as string)));
}

type Cell = string | boolean | null | { number: string } | { date: string };
interface ReadBack {
  readonly warnings: string[];
  readonly tables: Record<string, { headers: Cell[]; rows: Cell[][] }>;
}

function openpyxlRead(file: string): ReadBack {
  const result = spawnSync('/usr/bin/python3', [READ_TABLES, file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as ReadBack;
}

/** An amount as whole cents: a JSON decimal text, or a cell's number (a double) rounded. */
function cents(value: Cell | string | null): bigint | null {
  if (value === null) return null;
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object' && 'number' in value
        ? value.number
        : null;
  if (text === null) throw new Error(`pas un montant : ${JSON.stringify(value)}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  if (match === null) throw new Error(`pas un montant : ${text}`);
  // Exact decimal → cents, rounding half away from zero at the third decimal.
  const digits = `${match[2]}${match[3] ?? ''}`;
  const scale = (match[3] ?? '').length - Number(match[4] ?? 0);
  let units = BigInt(digits);
  let shift = scale - 2;
  if (shift < 0) units *= 10n ** BigInt(-shift);
  else if (shift > 0) {
    const divisor = 10n ** BigInt(shift);
    units = (units * 2n + divisor) / (2n * divisor);
    shift = 0;
  }
  return match[1] === '-' ? -units : units;
}

interface ResultJson {
  quoteParts: {
    scenario: string;
    service: string;
    member: string;
    quotePart: string;
    fee: string;
    billed: string;
  }[];
  titres: { number: number; line: number; debtor: string; amount: string }[];
}

function column(table: { headers: Cell[] }, header: string): number {
  const index = table.headers.indexOf(header);
  if (index < 0) throw new Error(`colonne ${header} absente`);
  return index;
}

function expectTablesEqualJson(read: ReadBack, json: ResultJson): void {
  expect(read.warnings).toEqual([]);
  const quoteParts = read.tables.QP_QuoteParts;
  const titres = read.tables.QP_Titres;
  if (quoteParts === undefined || titres === undefined) throw new Error('tables QP absentes');
  const q = {
    scenario: column(quoteParts, 'Scénario'),
    service: column(quoteParts, 'Service'),
    member: column(quoteParts, 'Membre'),
    quotePart: column(quoteParts, 'Quote-part'),
    fee: column(quoteParts, 'Frais de gestion'),
    billed: column(quoteParts, 'Montant facturé'),
  };
  expect(
    quoteParts.rows.map((r) => [
      r[q.scenario],
      r[q.service],
      r[q.member],
      cents(r[q.quotePart] ?? null),
      cents(r[q.fee] ?? null),
      cents(r[q.billed] ?? null),
    ]),
  ).toEqual(
    json.quoteParts.map((p) => [
      p.scenario,
      p.service,
      p.member,
      cents(p.quotePart),
      cents(p.fee),
      cents(p.billed),
    ]),
  );
  const t = {
    number: column(titres, 'N° titre'),
    debtor: column(titres, 'Débiteur'),
    amount: column(titres, 'Montant'),
  };
  expect(titres.rows.map((r) => [r[t.number], r[t.debtor], cents(r[t.amount] ?? null)])).toEqual(
    json.titres.map((x) => [{ number: String(x.number) }, x.debtor, cents(x.amount)]),
  );
}

const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
const inputs: [string, () => Uint8Array][] = [
  ['assets/sample.xlsx (exceljs)', () => read(join(ROOT, 'assets/sample.xlsx'))],
  [
    'sample, x:-prefixed (Open XML SDK style)',
    () => withPrefixedMainNamespace(read(join(ROOT, 'assets/sample.xlsx'))),
  ],
  ...readdirSync(PRODUCERS)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f): [string, () => Uint8Array] => [`producers/${f}`, () => read(join(PRODUCERS, f))]),
];

describe.each(inputs)('result of %s', (label, bytes) => {
  it('re-saves in LibreOffice, stays valid, and reads back in openpyxl equal to the JSON to the cent', async () => {
    const input = bytes();
    const run = await computeOutput(input);
    expect(run.code).toBe(0);
    const output = run.output as Uint8Array;
    const name = label.replace(/[^\w.-]+/g, '_');
    const file = join(work, `${name}.xlsx`);
    writeFileSync(file, output);
    const json = run.json as ResultJson;
    expectTablesEqualJson(openpyxlRead(file), json);

    const resaved = libreOfficeResave(file, name);
    expect(checkPackage(resaved).failures).toEqual([]);
    const resavedFile = join(work, `${name}-libreoffice.xlsx`);
    writeFileSync(resavedFile, resaved);
    expectTablesEqualJson(openpyxlRead(resavedFile), json);
  });
});
