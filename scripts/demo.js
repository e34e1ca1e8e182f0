#!/usr/bin/env node
/**
 * `npm run demo`: computes the sample workbook with the headless CLI (result workbook,
 * JSON, HTML report and PDF convention annex under out/), then prints their paths and a
 * summary in French from the JSON result: checks per service, titres, attributions de
 * compensation, and per scenario the members who pay more and whether every member
 * still gains compared with doing it alone. Plain Node (no build step of its own): it
 * relies on lib/ compiled by `npm ci` (prepare). Exits non-zero when the CLI fails.
 */
'use strict';

const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const INPUT = 'assets/sample.xlsx';
const OUTPUT = 'out/sample-resultats.xlsx';
const JSON_OUTPUT = 'out/sample-resultats.json';
const REPORT_OUTPUT = 'out/sample-rapport.html';
const ANNEX_PDF_OUTPUT = 'out/sample-annexe.pdf';
const REFERENCE = 'Référence';

// ---------------------------------------------------------------------------
// Exact decimal strings (never binary floats for money)

/** Parses a decimal string ("-1234.5") into { units: BigInt, scale: number }. */
function parseDecimal(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text).trim());
  if (!match) throw new Error(`montant illisible dans le JSON : ${text}`);
  const [, sign, int, frac = ''] = match;
  const units = BigInt(int + frac) * (sign === '-' ? -1n : 1n);
  return { units, scale: frac.length };
}

function rescale(value, scale) {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** Exact sum of decimal strings, returned as a decimal string with at least 2 decimals. */
function sumDecimals(values) {
  const parsed = values.map(parseDecimal);
  const scale = Math.max(2, ...parsed.map((p) => p.scale));
  const total = parsed.reduce((acc, p) => acc + rescale(p, scale), 0n);
  return toDecimalString(total, scale);
}

function toDecimalString(units, scale) {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${int}${scale > 0 ? `.${frac}` : ''}`;
}

/** Sign of a decimal string: -1, 0 or 1. */
function sign(text) {
  const { units } = parseDecimal(text);
  return units < 0n ? -1 : units > 0n ? 1 : 0;
}

/** "1234567.5" → "1 234 567,50 €" (French layout, at least 2 decimals, no rounding). */
function euros(text) {
  if (text === null || text === undefined) return '—';
  const { units, scale } = parseDecimal(text);
  const s = Math.max(2, scale);
  const [int, frac] = toDecimalString(units * 10n ** BigInt(s - scale), s).split('.');
  const negative = int.startsWith('-');
  const grouped = (negative ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '−' : ''}${grouped},${frac} €`;
}

// ---------------------------------------------------------------------------
// Output helpers

const line = (text = '') => process.stdout.write(`${text}\n`);
const title = (text) => {
  line();
  line(text);
  line('─'.repeat(Math.min(100, text.length)));
};

/** Prints rows as aligned columns; `right` lists the indexes of right-aligned columns. */
function table(headers, rows, right = []) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const format = (cells) =>
    cells
      .map((c, i) =>
        right.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd();
  line(`  ${format(headers)}`);
  for (const row of rows) line(`  ${format(row)}`);
}

const plural = (n, singular, pluralForm) => `${n} ${n > 1 ? pluralForm : singular}`;

// ---------------------------------------------------------------------------
// Steps

function runCli() {
  const bin = path.join(ROOT, 'bin', 'quote-part.js');
  const compiledCli = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
  if (!existsSync(compiledCli)) {
    console.error(
      `Le CLI n'est pas compilé (${path.relative(ROOT, compiledCli)} absent) : lancez \`npm ci\` ou \`npm run build:cli\`.`,
    );
    return 1;
  }
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  line(`Calcul de ${INPUT} …`);
  const result = spawnSync(
    process.execPath,
    [
      bin,
      'compute',
      INPUT,
      '-o',
      OUTPUT,
      '--json',
      JSON_OUTPUT,
      '--report',
      REPORT_OUTPUT,
      '--annexe-pdf',
      ANNEX_PDF_OUTPUT,
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.error) {
    console.error(`Impossible de lancer le CLI : ${result.error.message}`);
    return 1;
  }
  if (result.status !== 0) {
    console.error(
      `Le CLI a échoué (code de sortie ${result.status ?? result.signal}). Voir ${JSON_OUTPUT} et les messages ci-dessus.`,
    );
    return result.status || 1;
  }
  return 0;
}

/** Why a service's Σ quote-parts differs from its base (the words of `QP Contrôles`), '' when it does not. */
function differenceReason(result, check) {
  if (sign(check.difference) === 0) return '';
  const row = result.quoteParts.find(
    (q) => q.scenario === check.scenario && q.service === check.service,
  );
  if (row && row.model === 'mise-a-disposition')
    return 'écart attendu : coût unitaire × unités ≠ coût du service, non réparti';
  return 'écart d’arrondi ligne à ligne';
}

function printChecks(result) {
  title('Contrôles par service (scénario Référence)');
  const checks = result.checks.filter((c) => c.scenario === REFERENCE);
  const rows = checks.map((c) => [
    c.service,
    euros(c.base),
    euros(c.total),
    euros(c.difference),
    differenceReason(result, c),
  ]);
  table(['Service', 'Base à répartir', 'Σ quote-parts', 'Écart', ''], rows, [1, 2, 3]);
  if (checks.some((c) => sign(c.difference) !== 0))
    line(
      '  Les écarts non nuls découlent des règles de calcul (mise à disposition : coût unitaire arrondi ou prix fixé par la convention, multiplié par les unités) ; ils sont montrés et expliqués dans « QP Contrôles », ce ne sont pas des problèmes du classeur.',
    );
}

/**
 * Calendar position of a period label (`2026`, `2026-S2`, `2026-T3`, `2026-M07`): by the
 * first month (the titres of a period are issued when it starts), the longer period
 * first when two start together (the year, then its semester, then its quarter).
 */
function periodOrder(label) {
  const m = /^(\d{4})(?:-(S|T|M)(\d+))?$/.exec(label);
  if (!m) return [label, 0, 0];
  const months = m[2] === 'S' ? 6 : m[2] === 'T' ? 3 : m[2] === 'M' ? 1 : 12;
  const first = m[3] === undefined ? 1 : (Number(m[3]) - 1) * months + 1;
  return [m[1], first, first + months - 1];
}

function comparePeriodLabels(a, b) {
  const [ya, fa, la] = periodOrder(a);
  const [yb, fb, lb] = periodOrder(b);
  return ya < yb ? -1 : ya > yb ? 1 : fa - fb || lb - la;
}

function printTitres(result) {
  title('Titres de recettes (scénario Référence)');
  const titres = result.titres;
  const numbers = [...new Set(titres.map((t) => t.number))];
  const debtors = new Set(titres.map((t) => t.debtor));
  if (numbers.length === 0) {
    line('  Aucun titre émis.');
    return;
  }
  line(
    `  ${plural(numbers.length, 'titre', 'titres')} (n° ${Math.min(...numbers)} à ${Math.max(...numbers)}), ` +
      `${plural(titres.length, 'ligne', 'lignes')}, ${plural(debtors.size, 'débiteur', 'débiteurs')}, ` +
      `total ${euros(sumDecimals(titres.map((t) => t.amount)))}`,
  );
  const byPeriod = new Map();
  for (const t of titres) {
    const entry = byPeriod.get(t.period) ?? { numbers: new Set(), amounts: [] };
    entry.numbers.add(t.number);
    entry.amounts.push(t.amount);
    byPeriod.set(t.period, entry);
  }
  table(
    ['Période', 'Titres', 'Montant'],
    [...byPeriod.entries()]
      .sort(([a], [b]) => comparePeriodLabels(a, b))
      .map(([period, e]) => [period, e.numbers.size, euros(sumDecimals(e.amounts))]),
    [1, 2],
  );
  if (Array.isArray(result.reductions) && result.reductions.length > 0) {
    line(
      `  Réductions : ${result.reductions.length}, total ${euros(sumDecimals(result.reductions.map((r) => r.amount)))}`,
    );
  }
}

function printCompensation(result) {
  title("Attributions de compensation (services communs réglés sur l'AC)");
  if (result.compensation.length === 0) {
    line("  Aucun service n'est réglé sur l'attribution de compensation.");
    return;
  }
  const rows = result.compensation.map((c) => [
    c.member,
    euros(c.before),
    euros(c.imputed),
    euros(c.after),
    sign(c.after) < 0 ? '⚠ AC négative : la commune doit verser' : '',
  ]);
  table(['Membre', 'AC avant', 'Imputé', 'AC nette', ''], rows, [1, 2, 3]);
  const negative = result.compensation.filter((c) => sign(c.after) < 0);
  if (negative.length > 0)
    line(
      `  ${plural(negative.length, 'AC nette négative', 'AC nettes négatives')} : ${negative.map((c) => c.member).join(', ')}`,
    );
}

function printScenarios(result) {
  title('Scénarios : qui paie plus, et chacun gagne-t-il à mutualiser ?');
  const scenarios = [...new Set(result.comparison.map((c) => c.scenario))];
  for (const scenario of scenarios) {
    const rows = result.comparison.filter((c) => c.scenario === scenario);
    line();
    line(`  ${scenario} — total ${euros(sumDecimals(rows.map((r) => r.total)))}`);
    if (scenario !== REFERENCE) {
      const losers = rows.filter((r) => sign(r.delta) > 0);
      if (losers.length === 0) line('    Aucun membre ne paie plus qu’en Référence.');
      else {
        line(
          `    ${plural(losers.length, 'membre paie', 'membres paient')} plus qu’en Référence :`,
        );
        for (const r of losers) line(`      ${r.member} : +${euros(r.delta).replace(/^−/, '')}`);
      }
    }
    const withStandalone = rows.filter((r) => r.standalone !== null && r.gain !== null);
    const groups = (result.coalitions ?? []).filter((c) => c.scenario === scenario);
    if (withStandalone.length === 0 && groups.length === 0) {
      line('    Pas de coûts autonomes : test « chacun gagne » non évalué.');
      continue;
    }
    const notGaining = withStandalone.filter((r) => sign(r.gain) < 0);
    if (withStandalone.length > 0 && notGaining.length === 0)
      line(
        `    Tous les membres ayant un coût autonome (${withStandalone.length}) gagnent à la mutualisation.`,
      );
    else if (notGaining.length > 0) {
      line(
        `    ⚠ ${plural(notGaining.length, 'membre ne gagne pas', 'membres ne gagnent pas')} face à ${notGaining.length > 1 ? 'leur' : 'son'} coût autonome :`,
      );
      for (const r of notGaining)
        line(
          `      ${r.member} : paie ${euros(r.total)}, seul ${euros(r.standalone)} (perte ${euros(r.gain).replace(/^−/, '')})`,
        );
    }
    const unstable = groups.filter((g) => !g.stable);
    if (groups.length > 0 && unstable.length === 0)
      line(
        `    Tous les groupes de membres donnés (${groups.length}) gagnent à rester ensemble dans la mutualisation.`,
      );
    for (const g of unstable)
      line(
        `    ⚠ Le groupe ${g.group} (${g.members} membres) paie ${euros(g.total)}, seul ${euros(g.standalone)} (perte ${euros(g.gain).replace(/^−/, '')})`,
      );
    const leaving = [...notGaining.map((r) => r.member), ...unstable.map((g) => g.group)];
    line(
      leaving.length === 0
        ? '    ✔ Verdict : chaque membre et chaque groupe donnés gagnent à la mutualisation.'
        : `    ✘ Verdict : quitteraient la mutualisation : ${leaving.join(' ; ')}.`,
    );
  }
}

function printIssues(result) {
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  const errors = result.issues.filter((i) => i.severity === 'error');
  title('Problèmes signalés dans le classeur');
  if (result.issues.length === 0) {
    line(
      '  Aucun : ni erreur ni avertissement (les écarts des contrôles ci-dessus n’en sont pas).',
    );
    return;
  }
  line(
    `  ${plural(errors.length, 'erreur', 'erreurs')}, ${plural(warnings.length, 'avertissement', 'avertissements')}`,
  );
  for (const i of result.issues.slice(0, 10)) {
    const where = [i.table, i.row !== null ? `ligne ${i.row}` : null, i.column]
      .filter(Boolean)
      .join(', ');
    line(
      `  [${i.severity === 'error' ? 'erreur' : 'avertissement'}] ${i.code}${where ? ` (${where})` : ''} : ${i.message}`,
    );
  }
  if (result.issues.length > 10)
    line(`  … et ${result.issues.length - 10} autres (voir ${JSON_OUTPUT}).`);
}

function main() {
  const status = runCli();
  if (status !== 0) return status;
  const jsonPath = path.join(ROOT, JSON_OUTPUT);
  if (!existsSync(jsonPath)) {
    console.error(`Le CLI n'a pas écrit ${JSON_OUTPUT}.`);
    return 1;
  }
  printSummary(JSON.parse(readFileSync(jsonPath, 'utf8')));
  return 0;
}

/** Prints the whole summary of a result JSON (exported for checking the demo without the CLI). */
function printSummary(result) {
  line();
  line(`QuotePart — classeur exemple ${INPUT}`);
  line('Fichiers écrits :');
  line(`  classeur de résultats   ${OUTPUT}`);
  line(`  résultat JSON           ${JSON_OUTPUT}`);
  line(`  rapport HTML            ${REPORT_OUTPUT}`);
  line(`  annexe PDF (convention) ${ANNEX_PDF_OUTPUT}`);
  const services = new Set(result.quoteParts.map((q) => q.service));
  const members = new Set(result.quoteParts.map((q) => q.member));
  line(
    `${plural(services.size, 'service', 'services')}, ${plural(members.size, 'membre participant', 'membres participants')}`,
  );
  printChecks(result);
  printTitres(result);
  printCompensation(result);
  printScenarios(result);
  printIssues(result);
}

module.exports = { printSummary, sumDecimals, euros, comparePeriodLabels };

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(
      `Démonstration interrompue : ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}
