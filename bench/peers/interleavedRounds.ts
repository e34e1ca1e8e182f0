/**
 * The interleaved comparison of issue 14, the step `--interleaved` of `npm run bench`: in
 * one run, `rounds` rounds of three child processes on the same generated data —
 * QuotePart's CLI (`compute IN -o OUT --json R.json`, every output), LibreOffice headless
 * opening, recalculating and saving the quote-parts template (`totals-row` style, the
 * faster of the two of `bench:peers`), and LibreOffice on the same-work template (the
 * same plus a `Titres` sheet whose every line and base de liquidation are formulas,
 * titresSheet.ts). Each round starts with a different one of the three, so that none
 * always runs first after the others' cache or load. Wall time, CPU time (user + system
 * of the child and its descendants, GNU time) and peak RSS of each; per-round ratios and
 * medians; the proof, on the first round, that LibreOffice did recalculate (its values
 * match the template's arithmetic) and that the CLI succeeded.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawTable } from '../../src/engine';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import {
  BENCH_TMP,
  REPO_ROOT,
  benchRawWorkbook,
  ensureBenchWorkbook,
} from '../support/benchWorkbooks';
import { measureProcess, type ProcessMeasure } from '../support/measureProcess';
import { buildFormulaTemplate, serviceColumn, type FormulaTemplate } from './formulaTemplate';
import { libreOfficeAvailable, prepareProfile, recalculateWithLibreOffice } from './libreOffice';
import { TITRES_AMOUNT_COLUMN } from './titresSheet';
import { writeTemplateXlsx } from './writeTemplateXlsx';

/** The three contenders of a round. */
export type Contender = 'cli' | 'lo-quote-parts' | 'lo-same-work';

const CONTENDERS: readonly Contender[] = ['cli', 'lo-quote-parts', 'lo-same-work'];

/** The measures of one round. */
export type Round = Record<Exclude<Contender, 'lo-same-work'>, ProcessMeasure> & {
  readonly 'lo-same-work'?: ProcessMeasure;
};

/** What the interleaved step measured. */
export interface InterleavedReport {
  readonly members: number;
  /** One entry per round; `lo-same-work` is absent from the rounds past `sameWorkRounds`. */
  readonly rounds: readonly Readonly<Round>[];
  /** What the first round's outputs proved (French sentences). */
  readonly checks: readonly string[];
  /** Whether every run exited with code 0 and the checks held. */
  readonly ok: boolean;
}

const INTERLEAVED_TMP = resolve(BENCH_TMP, 'interleaved');

const sheetOf = (path: string, name: string): RawTable => {
  const bytes = readFileSync(path);
  const workbook = readXlsxWorkbookSync(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
  const sheet = workbook.tables.find((t) => t.name === name);
  if (!sheet) throw new Error(`feuille ${name} absente de ${path}`);
  return sheet;
};

/** Checks LibreOffice's quote-parts against the template's own arithmetic; with `titres`, the Titres sheet too. */
function checkLibreOffice(output: string, template: FormulaTemplate, titres: boolean): string {
  const repartition = sheetOf(output, 'Repartition');
  let matching = 0;
  let cells = 0;
  let cents = 0;
  template.services.forEach((service, s) => {
    const column = serviceColumn(template, s) - 1;
    template.members.forEach((_, i) => {
      const v = repartition.rows[i]?.[column];
      cells += 1;
      if (typeof v === 'number') {
        cents += Math.round(v * 100);
        if (Math.abs(v - service.expected(i)) < 0.005) matching += 1;
      }
    });
  });
  const what = `${matching}/${cells} quote-parts = calcul attendu`;
  if (!titres) return what;
  const lines = sheetOf(output, 'Titres');
  let titreCents = 0;
  let texts = 0;
  for (const row of lines.rows) {
    const amount = row[TITRES_AMOUNT_COLUMN - 1];
    if (typeof amount === 'number') titreCents += Math.round(amount * 100);
    const base = row[TITRES_AMOUNT_COLUMN];
    if (typeof base === 'string' && base.includes(' € ') && base.includes('titre de la période'))
      texts += 1;
  }
  return `${what} ; Titres : ${lines.rows.length} lignes, ${texts} bases de liquidation calculées, Σ montants ${titreCents === cents ? '=' : '≠'} Σ quote-parts (${(titreCents / 100).toFixed(2)} €)`;
}

/**
 * Runs the interleaved step at `members` members, `rounds` rounds; the same-work template
 * only in the first `sameWorkRounds` of them (all by default: at 35,000 members one of
 * its recalculations takes minutes, a quick run may keep fewer).
 */
export async function runInterleaved(
  members: number,
  rounds: number,
  sameWorkRounds = rounds,
  log: (line: string) => void = (line) => console.error(line),
): Promise<InterleavedReport> {
  if (!libreOfficeAvailable())
    throw new Error('LibreOffice absent (apt-get install -y libreoffice-calc-nogui)');
  mkdirSync(INTERLEAVED_TMP, { recursive: true });
  const input = await ensureBenchWorkbook(members);
  const template = buildFormulaTemplate(await benchRawWorkbook(members), 'totals-row');
  const templates: Record<Exclude<Contender, 'cli'>, string> = {
    'lo-quote-parts': resolve(INTERLEAVED_TMP, `quote-parts-${members}.xlsx`),
    'lo-same-work': resolve(INTERLEAVED_TMP, `same-work-${members}.xlsx`),
  };
  writeTemplateXlsx(template, templates['lo-quote-parts']);
  writeTemplateXlsx(template, templates['lo-same-work'], { titres: true });
  log(
    `modèles écrits : ${(statSync(templates['lo-quote-parts']).size / 2 ** 20).toFixed(1)} Mio et ${(statSync(templates['lo-same-work']).size / 2 ** 20).toFixed(1)} Mio`,
  );
  const profile = prepareProfile(resolve(INTERLEAVED_TMP, 'lo-profile'));
  // Unmeasured warm-up: LibreOffice's first start fills its profile.
  await recalculateWithLibreOffice(
    templates['lo-quote-parts'],
    resolve(INTERLEAVED_TMP, 'warmup'),
    profile,
  );
  const cliOut = resolve(INTERLEAVED_TMP, `cli-${members}.xlsx`);
  const cliJson = resolve(INTERLEAVED_TMP, `cli-${members}.json`);
  const loOut = resolve(INTERLEAVED_TMP, 'lo-out');
  const run = async (who: Contender): Promise<{ measure: ProcessMeasure; output: string }> => {
    if (who === 'cli') {
      rmSync(cliOut, { force: true });
      rmSync(cliJson, { force: true });
      const measure = await measureProcess(
        process.execPath,
        [
          resolve(REPO_ROOT, 'bin', 'quote-part.js'),
          'compute',
          input,
          '-o',
          cliOut,
          '--json',
          cliJson,
        ],
        REPO_ROOT,
      );
      return { measure, output: cliOut };
    }
    return recalculateWithLibreOffice(templates[who], loOut, profile);
  };
  const measured: Round[] = [];
  const checks: string[] = [];
  let ok = true;
  for (let r = 0; r < rounds; r += 1) {
    const round: Partial<Record<Contender, ProcessMeasure>> = {};
    for (let k = 0; k < CONTENDERS.length; k += 1) {
      const who = CONTENDERS[(r + k) % CONTENDERS.length]!;
      if (who === 'lo-same-work' && r >= sameWorkRounds) continue;
      const { measure, output } = await run(who);
      round[who] = measure;
      ok &&= measure.exitCode === 0;
      log(
        `tour ${r + 1} ${who} : ${measure.wallSeconds.toFixed(2)} s, CPU ${measure.cpuSeconds.toFixed(2)} s, ${measure.peakMiB.toFixed(0)} Mio, code ${measure.exitCode ?? '—'}`,
      );
      if (r === 0 && measure.exitCode === 0) {
        if (who === 'cli')
          checks.push(
            `CLI : classeur ${(statSync(cliOut).size / 2 ** 20).toFixed(1)} Mio, JSON ${(statSync(cliJson).size / 2 ** 20).toFixed(1)} Mio`,
          );
        else {
          const label = who === 'lo-quote-parts' ? 'modèle quote-parts' : 'modèle même travail';
          try {
            checks.push(
              `LibreOffice ${label} : ${checkLibreOffice(output, template, who === 'lo-same-work')}`,
            );
          } catch (error) {
            // The product's reader refuses parts over 256 MB: the same-work output at 35,000 members.
            checks.push(`LibreOffice ${label} : sortie non relue (${String(error).slice(0, 200)})`);
          }
        }
      }
      if (measure.exitCode !== 0)
        checks.push(`${who} tour ${r + 1} : ${measure.stderr.slice(0, 300)}`);
    }
    measured.push(round as Round);
  }
  return { members, rounds: measured, checks, ok };
}

/** Median of `values` (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Target of issue 14: median wall ratio CLI / LibreOffice quote-parts ≤ 1.0, every round ≤ 1.2, peak ≤ 1 GiB. */
const TARGET_MEDIAN = 1.0;
const TARGET_ROUND = 1.2;
const TARGET_MIB = 1024;

/** The report as Markdown: one row per round, the medians, the verdict. */
export function interleavedMarkdown(report: InterleavedReport): string {
  const f = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : '—');
  const lines = [
    `## CLI et LibreOffice entrelacés (${report.members} membres × 10 services, ${report.rounds.length} tours)\n`,
    '| tour | CLI --json mur (s) | CPU (s) | pic (Mio) | LO quote-parts mur (s) | CPU (s) | pic (Mio) | LO même travail mur (s) | CPU (s) | pic (Mio) | mur CLI / LO qp | mur CLI / LO même travail | CPU CLI / LO qp | CPU CLI / LO même travail |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const ratios = report.rounds.map((r) => ({
    wallQp: r.cli.wallSeconds / r['lo-quote-parts'].wallSeconds,
    wallSw: r.cli.wallSeconds / (r['lo-same-work']?.wallSeconds ?? Number.NaN),
    cpuQp: r.cli.cpuSeconds / r['lo-quote-parts'].cpuSeconds,
    cpuSw: r.cli.cpuSeconds / (r['lo-same-work']?.cpuSeconds ?? Number.NaN),
  }));
  const cells = (m: ProcessMeasure | undefined): string =>
    m ? `${f(m.wallSeconds)} | ${f(m.cpuSeconds)} | ${m.peakMiB.toFixed(0)}` : '— | — | —';
  report.rounds.forEach((r, i) => {
    const q = ratios[i]!;
    lines.push(
      `| ${i + 1} | ${cells(r.cli)} | ${cells(r['lo-quote-parts'])} | ${cells(r['lo-same-work'])} | ${f(q.wallQp)} | ${f(q.wallSw)} | ${f(q.cpuQp)} | ${f(q.cpuSw)} |`,
    );
  });
  const finite = (values: readonly number[]): number[] => values.filter(Number.isFinite);
  const medianOf = (values: readonly number[]): number =>
    finite(values).length ? median(finite(values)) : Number.NaN;
  const medRatio = (pick: (q: (typeof ratios)[number]) => number): number =>
    medianOf(ratios.map(pick));
  const medCells = (who: Contender): string => {
    const of = (pick: (m: ProcessMeasure) => number): number =>
      medianOf(report.rounds.map((r) => (r[who] ? pick(r[who]) : Number.NaN)));
    const peak = of((m) => m.peakMiB);
    return `${f(of((m) => m.wallSeconds))} | ${f(of((m) => m.cpuSeconds))} | ${Number.isFinite(peak) ? peak.toFixed(0) : '—'}`;
  };
  lines.push(
    `| **médiane** | ${medCells('cli')} | ${medCells('lo-quote-parts')} | ${medCells('lo-same-work')} | **${f(medRatio((q) => q.wallQp))}** | ${f(medRatio((q) => q.wallSw))} | ${f(medRatio((q) => q.cpuQp))} | ${f(medRatio((q) => q.cpuSw))} |`,
  );
  const medianQp = medRatio((q) => q.wallQp);
  const worst = Math.max(...ratios.map((q) => q.wallQp));
  const peak = Math.max(...report.rounds.map((r) => r.cli.peakMiB));
  const verdict = (good: boolean): string => (good ? 'atteint' : 'MANQUÉ');
  lines.push(
    '',
    `Objectif (issue 14) : médiane du mur CLI --json / LO quote-parts ≤ ${TARGET_MEDIAN} : ${verdict(medianQp <= TARGET_MEDIAN)} (${f(medianQp)}) ; chaque tour ≤ ${TARGET_ROUND} : ${verdict(worst <= TARGET_ROUND)} (pire ${f(worst)}) ; pic CLI ≤ ${TARGET_MIB} Mio : ${verdict(peak <= TARGET_MIB)} (${peak.toFixed(0)} Mio).`,
    '',
    ...report.checks.map((c) => `- ${c}`),
  );
  return lines.join('\n');
}
