/**
 * `npm run bench:peers` (a script, not CI): from the same generated data (1,000 / 10,000
 * / 35,000 members × 10 services, composite keys), QuotePart's CLI on the contract
 * workbook against the formula template a finance officer would build, recalculated by
 * LibreOffice Calc headless and by HyperFormula, in two styles (one SUM per cell as in the
 * issue, or a totals row; see formulaTemplate.ts). Reports wall time, peak memory, the
 * rounding drift of each (Σ rounded quote-parts − cost, max |·| over services, keyed
 * services and Mises à disposition apart) and the ratios to QuotePart, plus the proof
 * that LibreOffice did recalculate (its values match the template's own arithmetic,
 * though the file it opened had none).
 *
 * HyperFormula is not started where its time, extrapolated from the smaller sizes, passes
 * `--hf-limit` (900 s): the report then gives the extrapolation, marked as such.
 *
 * Usage: `node lib/bench/peers/runPeers.js [--sizes 1000,10000,35000] [--hf-limit SECONDS] [--cli-limit SECONDS]`
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import type { RawTable, ResultJson } from '../../src/engine';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import {
  BENCH_SIZES,
  BENCH_TMP,
  REPO_ROOT,
  benchRawWorkbook,
  ensureBenchWorkbook,
} from '../support/benchWorkbooks';
import { measureProcess, type ProcessMeasure } from '../support/measureProcess';
import {
  buildFormulaTemplate,
  driftOf,
  serviceColumn,
  type FormulaTemplate,
  type TemplateStyle,
} from './formulaTemplate';
import { templateArrays, writeTemplateXlsx } from './writeTemplateXlsx';
import { libreOfficeAvailable, prepareProfile, recalculateWithLibreOffice } from './libreOffice';
import type { HyperFormulaJob, HyperFormulaReport } from './hyperformulaRun';

/** One peer's figures on one size. */
interface PeerRow {
  readonly members: number;
  readonly peer: string;
  readonly wallSeconds: number;
  readonly peakMiB: number;
  /** Max |Σ rounded − cost| over keyed services, and over Mises à disposition (€). */
  readonly keyedDrift: number;
  readonly madDrift: number;
  readonly note: string;
}

const PEERS_TMP = resolve(BENCH_TMP, 'peers');
const STYLES: readonly TemplateStyle[] = ['sum-in-cell', 'totals-row'];
const STYLE_LABEL: Record<TemplateStyle, string> = {
  'sum-in-cell': 'SUM dans chaque cellule',
  'totals-row': 'ligne de totaux',
};
const maxAbs = (values: readonly number[]): number =>
  values.reduce((a, v) => Math.max(a, Math.abs(v)), 0);

function parseArgs(args: readonly string[]): {
  sizes: number[];
  hfLimit: number;
  cliLimit: number;
} {
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  return {
    sizes: (value('--sizes') ?? BENCH_SIZES.join(',')).split(',').map(Number),
    hfLimit: Number(value('--hf-limit') ?? 900),
    cliLimit: Number(value('--cli-limit') ?? 1800),
  };
}

/** `true`: keyed service, `false`: Mise à disposition with a computed unit cost, `null`: not counted (fixed unit cost). */
type DriftKind = boolean | null;

function splitDrifts(
  kinds: readonly DriftKind[],
  drifts: readonly number[],
): { keyed: number; mad: number } {
  return {
    keyed: maxAbs(drifts.filter((_, s) => kinds[s] === true)),
    mad: maxAbs(drifts.filter((_, s) => kinds[s] === false)),
  };
}

async function runQuotePartCli(
  members: number,
  kindByName: ReadonlyMap<string, DriftKind>,
  limit: number,
): Promise<PeerRow> {
  const input = await ensureBenchWorkbook(members);
  const output = resolve(PEERS_TMP, `quotepart-${members}.xlsx`);
  const json = resolve(PEERS_TMP, `quotepart-${members}.json`);
  const m = await measureProcess(
    process.execPath,
    [resolve(REPO_ROOT, 'bin', 'quote-part.js'), 'compute', input, '-o', output, '--json', json],
    REPO_ROOT,
    limit,
  );
  if (m.timedOut || m.exitCode !== 0) {
    const note = m.timedOut
      ? `arrêté à ${limit} s`
      : `code ${m.exitCode ?? '—'} : ${m.stderr.slice(0, 300)}`;
    return {
      members,
      peer: 'QuotePart CLI',
      wallSeconds: m.wallSeconds,
      peakMiB: m.peakMiB,
      keyedDrift: Number.NaN,
      madDrift: Number.NaN,
      note,
    };
  }
  const result = readLargeResult(json);
  const checks = result.checks.filter((c) => c.scenario === 'Référence');
  const keyed = checks
    .filter((c) => kindByName.get(c.service) === true)
    .map((c) => Number(c.difference));
  const mad = checks
    .filter((c) => kindByName.get(c.service) === false)
    .map((c) => Number(c.difference));
  return {
    members,
    peer: 'QuotePart CLI',
    wallSeconds: m.wallSeconds,
    peakMiB: m.peakMiB,
    keyedDrift: maxAbs(keyed),
    madDrift: maxAbs(mad),
    note: `${result.quoteParts} quote-parts, ${result.titres} lignes de titres, JSON ${(result.bytes / 2 ** 20).toFixed(0)} Mio`,
  };
}

/** Occurrences of `needle` in `buffer`. */
function count(buffer: Buffer, needle: string): number {
  let n = 0;
  for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + needle.length))
    n += 1;
  return n;
}

/**
 * The checks and the counts of a result JSON too large for one JavaScript string (the CLI's
 * JSON passes 512 MiB at 35,000 members): the `checks` array is cut out of the bytes.
 */
function readLargeResult(path: string): {
  checks: ResultJson['checks'];
  quoteParts: number;
  titres: number;
  bytes: number;
} {
  const buffer = readFileSync(path);
  const start = buffer.indexOf('"checks"');
  const end = buffer.indexOf('"issues"', start);
  if (start < 0 || end < 0) throw new Error(`JSON sans « checks » : ${path}`);
  const checks = (
    JSON.parse(`{${buffer.subarray(start, end).toString('utf8').trim().replace(/,$/, '')}}`) as {
      checks: ResultJson['checks'];
    }
  ).checks;
  return {
    checks,
    quoteParts: count(buffer, '"settlement"'),
    titres: count(buffer, '"liquidation"'),
    bytes: buffer.length,
  };
}

/** Reads LibreOffice's output and checks every service cell against the template's arithmetic. */
function readLibreOfficeValues(
  output: string,
  template: FormulaTemplate,
): { drifts: number[]; matching: number; cells: number; totalsOk: boolean } {
  const bytes = readFileSync(output);
  const workbook = readXlsxWorkbookSync(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
  const sheet: RawTable | undefined = workbook.tables.find((t) => t.name === 'Repartition');
  if (!sheet) throw new Error('feuille Repartition absente de la sortie de LibreOffice');
  let matching = 0;
  let cells = 0;
  let totalsOk = true;
  const drifts = template.services.map((service, s) => {
    const column = serviceColumn(template, s) - 1;
    const values = template.members.map((_, i) => {
      const v = sheet.rows[i]?.[column];
      cells += 1;
      if (typeof v === 'number' && Math.abs(v - service.expected(i)) < 0.005) matching += 1;
      return typeof v === 'number' ? v : Number.NaN;
    });
    const total = sheet.rows[template.members.length]?.[column];
    const cents = values.reduce((a, v) => a + Math.round(v * 100), 0);
    if (typeof total !== 'number' || Math.abs(total * 100 - cents) > 0.5) totalsOk = false;
    return driftOf(values, service.cost);
  });
  return { drifts, matching, cells, totalsOk };
}

async function runLibreOffice(
  members: number,
  templatePath: string,
  template: FormulaTemplate,
  kinds: readonly DriftKind[],
  profile: string,
): Promise<PeerRow> {
  const peer = `LibreOffice (${STYLE_LABEL[template.style]})`;
  const { measure, output } = await recalculateWithLibreOffice(
    templatePath,
    resolve(PEERS_TMP, 'libreoffice-out'),
    profile,
  );
  if (measure.exitCode !== 0)
    return {
      members,
      peer,
      wallSeconds: measure.wallSeconds,
      peakMiB: measure.peakMiB,
      keyedDrift: Number.NaN,
      madDrift: Number.NaN,
      note: `échec : ${measure.stderr.slice(0, 300)}`,
    };
  const { drifts, matching, cells, totalsOk } = readLibreOfficeValues(output, template);
  const { keyed, mad } = splitDrifts(kinds, drifts);
  return {
    members,
    peer,
    wallSeconds: measure.wallSeconds,
    peakMiB: measure.peakMiB,
    keyedDrift: keyed,
    madDrift: mad,
    note: `recalcul prouvé : ${matching}/${cells} cellules = calcul attendu, totaux ${totalsOk ? 'cohérents' : 'INCOHÉRENTS'}`,
  };
}

async function runHyperFormula(
  members: number,
  template: FormulaTemplate,
  kinds: readonly DriftKind[],
  limit: number,
): Promise<PeerRow> {
  const peer = `HyperFormula (${STYLE_LABEL[template.style]})`;
  const sheets = templateArrays(template);
  const job: HyperFormulaJob = {
    sheets,
    serviceColumns: template.services.map((_, s) => serviceColumn(template, s) - 1),
  };
  const jobPath = resolve(PEERS_TMP, `hyperformula-${members}-${template.style}.json`);
  writeFileSync(jobPath, JSON.stringify(job));
  const m: ProcessMeasure = await measureProcess(
    process.execPath,
    ['--max-old-space-size=8192', resolve(__dirname, 'hyperformulaRun.js'), jobPath],
    REPO_ROOT,
    limit,
  );
  if (m.timedOut || m.exitCode !== 0)
    return {
      members,
      peer,
      wallSeconds: m.wallSeconds,
      peakMiB: m.peakMiB,
      keyedDrift: Number.NaN,
      madDrift: Number.NaN,
      note: m.timedOut ? `arrêté à ${limit} s` : `échec : ${m.stderr.slice(-300)}`,
    };
  const report = JSON.parse(m.stdout.trim().split('\n').pop() ?? '{}') as HyperFormulaReport;
  const drifts = report.columnCents.map(
    (cents, s) => (cents - Math.round((template.services[s]?.cost ?? 0) * 100)) / 100,
  );
  const { keyed, mad } = splitDrifts(kinds, drifts);
  const firstOk =
    Math.abs(report.firstCell - (template.services[0]?.expected(0) ?? Number.NaN)) < 0.005;
  return {
    members,
    peer,
    wallSeconds: m.wallSeconds,
    peakMiB: m.peakMiB,
    keyedDrift: keyed,
    madDrift: mad,
    note: `construction ${report.buildSeconds.toFixed(1)} s + lecture ${report.readSeconds.toFixed(1)} s ; 1re cellule ${firstOk ? 'conforme' : 'NON CONFORME'}`,
  };
}

function table(rows: readonly PeerRow[]): string {
  const lines = [
    '| membres | outil | mur (s) | pic (Mio) | mur / QuotePart | mémoire / QuotePart | dérive max clés (€) | dérive max MAD (€) | remarque |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const qp = rows.find((o) => o.members === r.members && o.peer === 'QuotePart CLI');
    const ratio = (a: number, b: number | undefined): string =>
      b && Number.isFinite(a) ? (a / b).toFixed(2) : '—';
    const euro = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : '—');
    lines.push(
      `| ${r.members} | ${r.peer} | ${r.wallSeconds.toFixed(2)} | ${Number.isFinite(r.peakMiB) ? r.peakMiB.toFixed(0) : '—'} | ${ratio(r.wallSeconds, qp?.wallSeconds)} | ${ratio(r.peakMiB, qp?.peakMiB)} | ${euro(r.keyedDrift)} | ${euro(r.madDrift)} | ${r.note} |`,
    );
  }
  return lines.join('\n');
}

/** Power law through the last two measured sizes of `peer`: time ∝ n^k, memory linear. */
function fit(
  rows: readonly PeerRow[],
  peer: string,
): { small: PeerRow; large: PeerRow; exponent: number } | null {
  const done = rows
    .filter((r) => r.peer === peer && Number.isFinite(r.keyedDrift))
    .sort((a, b) => a.members - b.members);
  const [small, large] = [done[done.length - 2], done[done.length - 1]];
  if (!small || !large) return null;
  return {
    small,
    large,
    exponent:
      Math.log(large.wallSeconds / small.wallSeconds) / Math.log(large.members / small.members),
  };
}

/** Predicted wall time of `peer` at `members` (quadratic from one point when only one is measured). */
function predictedSeconds(rows: readonly PeerRow[], peer: string, members: number): number | null {
  const f = fit(rows, peer);
  if (f) return f.large.wallSeconds * (members / f.large.members) ** f.exponent;
  const one = rows.find((r) => r.peer === peer && Number.isFinite(r.keyedDrift));
  return one ? one.wallSeconds * (members / one.members) ** 2 : null;
}

function extrapolation(rows: readonly PeerRow[], peer: string, target: number): string | null {
  if (rows.some((r) => r.peer === peer && r.members === target && Number.isFinite(r.keyedDrift)))
    return null;
  const f = fit(rows, peer);
  if (!f) return null;
  const wall = f.large.wallSeconds * (target / f.large.members) ** f.exponent;
  const mem =
    f.large.peakMiB +
    ((f.large.peakMiB - f.small.peakMiB) / (f.large.members - f.small.members)) *
      (target - f.large.members);
  return `${peer} à ${target} membres : EXTRAPOLÉ (non mesuré) depuis ${f.small.members} et ${f.large.members} membres — temps ∝ n^${f.exponent.toFixed(2)} → ≈ ${wall.toFixed(0)} s ; mémoire linéaire → ≈ ${mem.toFixed(0)} Mio.`;
}

async function main(args: readonly string[]): Promise<number> {
  const { sizes, hfLimit, cliLimit } = parseArgs(args);
  mkdirSync(PEERS_TMP, { recursive: true });
  const header = `# QuotePart face aux tableurs (${new Date().toISOString()})\n\nMachine : ${cpus().length} cœurs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} Gio, Node ${process.version}\n`;
  console.log(header);
  const profile = libreOfficeAvailable() ? prepareProfile(resolve(PEERS_TMP, 'lo-profile')) : null;
  const rows: PeerRow[] = [];
  let warmedUp = false;
  for (const members of sizes) {
    const raw = await benchRawWorkbook(members);
    const first = buildFormulaTemplate(raw);
    const kinds: DriftKind[] = first.services.map((service) =>
      service.driftCounted ? !service.mad : null,
    );
    const kindByName = new Map(
      first.services.map((service, s) => [service.name, kinds[s] ?? null]),
    );
    rows.push(await runQuotePartCli(members, kindByName, cliLimit));
    console.error(`QuotePart ${members} : ${rows[rows.length - 1]!.wallSeconds.toFixed(2)} s`);
    for (const style of STYLES) {
      const template = buildFormulaTemplate(raw, style);
      const templatePath = resolve(PEERS_TMP, `template-${members}-${style}.xlsx`);
      writeTemplateXlsx(template, templatePath);
      if (profile) {
        if (!warmedUp)
          await recalculateWithLibreOffice(
            templatePath,
            resolve(PEERS_TMP, 'libreoffice-warmup'),
            profile,
          );
        warmedUp = true;
        rows.push(await runLibreOffice(members, templatePath, template, kinds, profile));
        console.error(
          `LibreOffice ${style} ${members} : ${rows[rows.length - 1]!.wallSeconds.toFixed(2)} s`,
        );
      }
      const hfName = `HyperFormula (${STYLE_LABEL[style]})`;
      const predicted = predictedSeconds(rows, hfName, members);
      if (predicted !== null && predicted > hfLimit) {
        console.error(
          `HyperFormula ${style} ${members} : non lancé (prévu ≈ ${predicted.toFixed(0)} s > ${hfLimit} s)`,
        );
        continue;
      }
      rows.push(await runHyperFormula(members, template, kinds, hfLimit));
      console.error(
        `HyperFormula ${style} ${members} : ${rows[rows.length - 1]!.wallSeconds.toFixed(2)} s`,
      );
    }
  }
  const lines = [header, table(rows)];
  for (const style of STYLES) {
    const extra = extrapolation(rows, `HyperFormula (${STYLE_LABEL[style]})`, Math.max(...sizes));
    if (extra) lines.push('', extra);
  }
  if (!profile)
    lines.push(
      '',
      'LibreOffice absent (`apt-get install -y libreoffice-calc-nogui`) : non mesuré.',
    );
  const text = lines.join('\n');
  console.log(lines.slice(1).join('\n'));
  writeFileSync(resolve(BENCH_TMP, 'peers-results.md'), `${text}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
