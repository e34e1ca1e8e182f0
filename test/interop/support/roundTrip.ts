/**
 * Helpers of the interop round trips: LibreOffice headless re-save, openpyxl read-back of
 * the `QP_` tables (support/read_qp_tables.py), and the comparison of those tables with
 * the JSON result, to the cent.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const READ_TABLES = join(__dirname, 'read_qp_tables.py');

/** LibreOffice opens `file` and saves it as xlsx (under `work`); returns the bytes it wrote. */
export function libreOfficeResave(work: string, file: string, name: string): Uint8Array {
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

/** A cell as read_qp_tables.py prints it. */
export type Cell = string | boolean | null | { number: string } | { date: string };
/** What openpyxl read: its warnings and the `QP_` tables. */
export interface ReadBack {
  readonly warnings: string[];
  readonly tables: Record<string, { headers: Cell[]; rows: Cell[][] }>;
}

/** Reads the `QP_` tables of a workbook with openpyxl. */
export function openpyxlRead(file: string): ReadBack {
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

/** The part of the JSON result the tables are compared with. */
export interface ResultJson {
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

/**
 * The tables read back equal the JSON result to the cent; openpyxl warned of nothing but
 * `inherited` (what it already says of the input workbook).
 */
export function expectTablesEqualJson(
  read: ReadBack,
  json: ResultJson,
  inherited: readonly string[] = [],
): void {
  expect(read.warnings.filter((w) => !inherited.includes(w))).toEqual([]);
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
