/**
 * End to end, in real Chromium: the production build of the preview, served over http on
 * 127.0.0.1, driven like a new user would. The sample is computed and written (every result
 * sheet appears in the grid); one member's annex is written next to the results; the titres
 * CSV, the HTML report and the PDF convention annex are downloaded, the CSV's total checked
 * to the cent, the report's SVG charts rendered and the PDF read back (A4 pages); then a
 * broken workbook is refused with its problem explained next to the highlighted cell and
 * nothing written. A formula cell of the preview grid evaluates `=QUOTEPART.REPARTIR(…)`
 * through the custom functions registered by the built functions file. No request may
 * leave 127.0.0.1.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); fails, never skips, without it.
 * Builds the add-in into a temporary folder unless E2E_DIST names an existing build.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Download, Page } from 'playwright-core';
import {
  buildMemberAnnexPlan,
  repartir,
  rowCount,
  runQuotePart,
  type PlanSheet,
  type PlanTable,
  type RunOutcome,
} from '../../src/engine';
import { formatDecimalFr } from '../../src/taskpane/format/formatDecimalFr';
import { frenchTypography } from '../../src/taskpane/format/frenchTypography';
import { BROKEN_AMOUNT, breakSample } from '../../src/preview/workbooks/brokenSample';
import { SAMPLE_TABLES } from '../../src/workbook/sample/sampleData';
import { sampleRawWorkbook } from '../../src/workbook/sample/sampleRawWorkbook';
import { validateManifest } from '../manifest/validateManifest';
import { E2E_ADDIN_URL, previewBuild, type PreviewBuild } from './support/buildPreview';
import { launchBlockingChromium, type BlockingBrowser } from './support/launchChromium';
import { OFFICE_THEMES, serveFakeOfficeJs } from './support/fakeOfficeJs';
import { serveOfficeJsFromNpm } from './support/officeJsFromNpm';
import { parseCsv } from './support/parseCsv';
import { serveDirectory, type StaticServer } from './support/staticServer';

const SETUP_TIMEOUT = 15 * 60 * 1000;
const STEP_TIMEOUT = 60 * 1000;

const OPTIONS = {
  generatedAt: '2026-01-01T00:00:00.000Z',
  version: 'e2e',
  source: 'e2e',
  host: 'preview',
} as const;
/** What the engine computes for the sample, run here in Node to know what the page must show. */
const EXPECTED: RunOutcome = runQuotePart(sampleRawWorkbook(), OPTIONS);
/** The same for the broken example. */
const EXPECTED_BROKEN: RunOutcome = runQuotePart(
  sampleRawWorkbook(
    breakSample(SAMPLE_TABLES).map((table) => ({
      name: table.name,
      headers: [...table.headers],
      rows: table.rows.map((row) => [...row]),
    })),
  ),
  OPTIONS,
);

let build: PreviewBuild | undefined;
let dist: string;
let server: StaticServer;
let chromium: BlockingBrowser;
const pageErrors: string[] = [];

/** Content-Security-Policy violations reported by any page (event or console message). */
const cspViolations: string[] = [];
/**
 * The one violation the policy means: office.js frames Microsoft's add-in telemetry page
 * (telemetryservice.firstpartyapps.oaspapps.com) when opened outside Office; the policy
 * allows only office.js's own host, so that frame is refused (no functional use).
 */
const OFFICE_TELEMETRY_FRAME = /telemetryservice\.firstpartyapps\.oaspapps\.com/;

beforeAll(async () => {
  chromium = await launchBlockingChromium();
  await chromium.context.exposeBinding('__qpCspViolation', (_source, text: string) =>
    cspViolations.push(text),
  );
  await chromium.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __qpCspViolation?: (text: string) => void })
        .__qpCspViolation;
      report?.(`${event.violatedDirective} ${event.blockedURI} (${document.location.pathname})`);
    });
  });
  chromium.context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  build = await previewBuild();
  dist = build.dir;
  server = await serveDirectory(dist);
}, SETUP_TIMEOUT);

afterAll(async () => {
  // Every page of the run (task pane, preview flows) ran under the task pane's policy.
  expect(cspViolations.filter((v) => !OFFICE_TELEMETRY_FRAME.test(v))).toEqual([]);
  await chromium?.browser.close();
  await server?.close();
  build?.cleanup();
});

/** Opens the preview (optionally `?exemple=…`) and waits for the pane's inventory. */
async function openPreview(query = ''): Promise<Page> {
  const page = await chromium.context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}preview.html${query}`);
  await waitForInventory(page);
  return page;
}

/** Waits until the pane has read the workbook (its state line is no longer « Lecture… »). */
async function waitForInventory(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const line = document.getElementById('qp-status-line')?.textContent ?? '';
    return line !== '' && !line.startsWith('Lecture du classeur');
  });
}

/** The inventory's list of counts, unfolding its section first when folded. */
async function inventoryCounts(page: Page): Promise<string[]> {
  const header = page.getByRole('button', { name: 'Ce que contient le classeur' });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return page
    .getByRole('list', { name: 'Données trouvées' })
    .getByRole('listitem')
    .allTextContents();
}

/** Cell texts of each body row of a table. */
async function bodyRows(page: Page, name: RegExp | string): Promise<string[][]> {
  const table = page.getByRole('table', { name });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
}

/** Names of the sheet tabs of the grid. */
async function sheetTabs(page: Page): Promise<string[]> {
  return page
    .getByRole('tablist', { name: 'Feuilles du classeur' })
    .getByRole('tab')
    .allTextContents();
}

/** Text of a grid cell of the active sheet. */
async function gridCell(page: Page, address: string): Promise<string> {
  return (await page.locator(`table.qp-grid td[data-cell="${address}"]`).textContent()) ?? '';
}

/** Checks that the grid shows a planned sheet: its texts, each table's headers, last row and nothing below. */
async function expectSheetShown(page: Page, sheet: PlanSheet): Promise<void> {
  await page.getByRole('tab', { name: sheet.name, exact: true }).click();
  await page.locator(`table.qp-grid[data-sheet="${sheet.name}"]`).waitFor();
  for (const block of sheet.blocks) {
    if (block.kind === 'text') {
      expect(await gridCell(page, a1(block.row, block.column))).toBe(block.text);
      continue;
    }
    const headers = await Promise.all(
      block.columns.map((_, i) => gridCell(page, a1(block.row, block.column + i))),
    );
    expect(headers).toEqual(block.columns.map((column) => column.header));
    const count = rowCount(block.rows);
    if (count > 0) expect(await gridCell(page, a1(block.row + count, block.column))).not.toBe('');
    expect(await gridCell(page, a1(block.row + count + 1, block.column))).toBe('');
  }
}

/** Clicks a download button and returns the download Chromium started. */
async function downloadFrom(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return download;
}

/** Bytes of a finished download. */
async function downloadedBytes(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

/** A decimal amount in cents: "1234.5" or "1 234,50" (any spaces, comma or point) → 123450n. */
function cents(amount: string): bigint {
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(amount.replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) throw new Error(`montant illisible : ${amount}`);
  const value = BigInt((match[2] ?? '0') + (match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -value : value;
}

/** Cents as a decimal string with two decimals ("338388.00"). */
function centsToDecimal(value: bigint): string {
  const digits = (value < 0n ? -value : value).toString().padStart(3, '0');
  return `${value < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A1 address of 1-based row and column. */
function a1(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

describe('built add-in', () => {
  it('keeps the office.js CDN tag in taskpane.html and no office.js in preview.html', () => {
    expect(fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8')).toContain(
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    );
    expect(fs.readFileSync(path.join(dist, 'preview.html'), 'utf8')).not.toContain('office.js');
  });

  it('ships a manifest rewritten to the production URL, valid against the Office schemas, with its icons', () => {
    const manifestPath = path.join(dist, 'manifest.xml');
    const manifest = fs.readFileSync(manifestPath, 'utf8');
    const addinUrl = E2E_ADDIN_URL;
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`${addinUrl}taskpane.html`);
    const icons = [...manifest.matchAll(/"([^"]+\.png)"/g)].map((m) =>
      (m[1] ?? '').slice(addinUrl.length),
    );
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(fs.existsSync(path.join(dist, icon))).toBe(true);
    // Validated whole, <Runtimes> included (schema extension in test/manifest/xsd).
    const lint = validateManifest(manifest);
    expect(lint.output).toContain('validates');
    expect(lint.ok).toBe(true);
    // The custom functions' script and metadata are where the manifest says.
    for (const file of ['functions.js', 'functions.json']) {
      expect(manifest).toContain(`"${addinUrl}${file}"`);
      expect(fs.existsSync(path.join(dist, file))).toBe(true);
    }
  });

  it('ships no source map, and a Content-Security-Policy first in the task pane head', () => {
    const files = fs.readdirSync(dist, { recursive: true }).map(String);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js')))
      expect(fs.readFileSync(path.join(dist, file), 'utf8')).not.toContain('sourceMappingURL');
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(policy?.[1]).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy?.[1]).not.toContain('unsafe-eval');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('office.js'));
  });

  it('opens taskpane.html outside Excel with a French explanation and no outside request', async () => {
    const before = chromium.blocked.length;
    const answered = await serveOfficeJsFromNpm(chromium.context);
    const page = await chromium.context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}taskpane.html`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'QuotePart est un complément Excel' })
      .waitFor();
    expect(answered[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(errors).toEqual([]);
    expect(chromium.blocked.slice(before)).toEqual([]);
    await page.close();
  });
});

describe('preview in Chromium', () => {
  it('computes the sample, shows the summary, and writes every result sheet', async () => {
    const page = await openPreview();
    // The pane rendered with Fluent UI's runtime styles (Griffel) under the task pane's policy.
    expect(
      await page.evaluate(() => document.querySelectorAll('style[data-make-styles-bucket]').length),
    ).toBeGreaterThan(0);
    await expect(inventoryCounts(page)).resolves.toEqual(
      expect.arrayContaining(['Exercice : 2026', 'Membres : 14', 'Services : 10']),
    );

    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    const reference = EXPECTED.summary.services.filter((line) => line.scenario === 'Référence');
    expect(await bodyRows(page, /^Par service, montants en euros/)).toEqual(
      reference.map((line) => [
        line.service,
        formatDecimalFr(line.base, 2),
        formatDecimalFr(line.total, 2),
        formatDecimalFr(line.difference, 2),
      ]),
    );
    expect(await bodyRows(page, 'Par scénario')).toEqual(
      EXPECTED.summary.scenarios.map((line) => [
        line.scenario,
        formatDecimalFr(line.total, 2),
        String(line.losers),
      ]),
    );
    const pane = page.locator('div.qp-pane');
    // 320 px wide (plus its 1 px border), and nothing wider than the pane: no horizontal scroll.
    const overflow = await pane.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
      width: element.getBoundingClientRect().width,
    }));
    expect(overflow.width).toBe(321);
    expect(overflow.client).toBeLessThanOrEqual(320);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);

    const sheetsBefore = await sheetTabs(page);
    expect(sheetsBefore.filter((name) => name.startsWith('QP '))).toEqual([]);
    await page.getByRole('button', { name: 'Écrire les résultats' }).click();
    await page.getByText('Résultats écrits', { exact: true }).waitFor();

    const planSheets = EXPECTED.plan?.sheets ?? [];
    expect(planSheets.length).toBeGreaterThan(0);
    expect(await sheetTabs(page)).toEqual([
      ...sheetsBefore,
      ...planSheets.map((sheet) => sheet.name),
    ]);
    for (const sheet of planSheets)
      await expectSheetShown(page, {
        ...sheet,
        blocks: sheet.blocks.filter((b): b is PlanTable => b.kind === 'table'),
      });
    expect(pageErrors).toEqual([]);
    expect(chromium.blocked).toEqual([]);
    await page.close();
  });

  it("writes one member's annex next to the results, and downloads the titres CSV and the report", async () => {
    const page = await openPreview();
    const sheetsBefore = await sheetTabs(page);
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Écrire les résultats' }).click();
    await page.getByText('Résultats écrits', { exact: true }).waitFor();
    const results = (EXPECTED.plan?.sheets ?? []).map((sheet) => sheet.name);

    // Annexe par membre: only `QP Annexe membre` is added; every result sheet stays.
    const member = 'Pontvieux';
    await page.getByRole('combobox', { name: 'Membre' }).click();
    await page.getByRole('option', { name: member, exact: true }).click();
    await page.getByRole('button', { name: 'Écrire l’annexe du membre' }).click();
    await page.getByText('Annexe écrite', { exact: true }).waitFor();
    expect(await sheetTabs(page)).toEqual([...sheetsBefore, ...results, 'QP Annexe membre']);
    const [annex] = buildMemberAnnexPlan(EXPECTED, member).sheets;
    expect(annex?.name).toBe('QP Annexe membre');
    await expectSheetShown(page, annex!);
    const [firstResult] = (EXPECTED.plan?.sheets ?? []).filter(
      (sheet) => sheet.name === 'QP Titres',
    );
    await expectSheetShown(page, {
      ...firstResult!,
      blocks: firstResult!.blocks.filter((b) => b.kind === 'table'),
    });

    // Titres CSV (profil générique): its amounts add up to the titres of the run and to the total the pane shows.
    const csv = await downloadFrom(page, 'Télécharger les titres (CSV)');
    expect(csv.suggestedFilename()).toBe('titres-2026-generique.csv');
    const bytes = await downloadedBytes(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(bytes.toString('utf8'), ';');
    const amountColumn = header?.indexOf('montant') ?? -1;
    expect(amountColumn).toBeGreaterThanOrEqual(0);
    expect(records).toHaveLength(EXPECTED.json.titres.length);
    expect(records.every((record) => record.length === header?.length)).toBe(true);
    const csvTotal = records.reduce((sum, record) => sum + cents(record[amountColumn] ?? ''), 0n);
    const jsonTotal = EXPECTED.json.titres.reduce((sum, titre) => sum + cents(titre.amount), 0n);
    expect(csvTotal).toBeGreaterThan(0n);
    expect(csvTotal).toBe(jsonTotal);
    const summary = (await page.getByRole('region', { name: /^Synthèse/ }).textContent()) ?? '';
    const shown = /total ([\d\u202f]+,\d{2})\u00a0€/.exec(summary)?.[1];
    expect(shown).toBe(formatDecimalFr(centsToDecimal(csvTotal), 2));
    await page
      .getByText(
        `titres-2026-generique.csv : ${EXPECTED.json.titres.length} lignes, total ${shown}`,
        { exact: false },
      )
      .waitFor();

    // HTML report with the member's annex: opened in its own page, its SVG charts have real boxes.
    const download = await downloadFrom(page, 'Télécharger le rapport (HTML)');
    expect(download.suggestedFilename()).toBe('rapport-2026-pontvieux.html');
    const html = (await downloadedBytes(download)).toString('utf8');
    expect(html).toContain('Annexe du membre Pontvieux');
    const report = await chromium.context.newPage();
    report.setDefaultTimeout(STEP_TIMEOUT);
    const reportErrors: string[] = [];
    report.on('pageerror', (error) => reportErrors.push(error.message));
    await report.setContent(html, { waitUntil: 'load' });
    const charts = await report.locator('svg.chart').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const shapes = [...svg.querySelectorAll<SVGGraphicsElement>('.bar, .slice')].map((shape) =>
          shape.getBBox(),
        );
        return {
          title: svg.querySelector('title')?.textContent ?? '',
          width: box.width,
          height: box.height,
          shapes: shapes.length,
          drawn: shapes.filter((shape) => shape.width > 0 && shape.height > 0).length,
        };
      }),
    );
    expect(charts.length).toBe((html.match(/<svg /g) ?? []).length);
    expect(charts.length).toBeGreaterThan(
      EXPECTED.summary.services.filter((line) => line.scenario === 'Référence').length,
    );
    for (const chart of charts) {
      expect({
        title: chart.title,
        width: chart.width > 0,
        height: chart.height > 0,
        drawn: chart.drawn > 0,
      }).toEqual({
        title: chart.title,
        width: true,
        height: true,
        drawn: true,
      });
    }
    const pdf = await report.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(reportErrors).toEqual([]);
    await report.close();

    // PDF convention annex: laid out in the page, pdf-lib and the fonts loaded on demand from the add-in's origin.
    const annexPdf = await downloadFrom(page, 'Télécharger l’annexe PDF');
    expect(annexPdf.suggestedFilename()).toBe('annexe-convention-2026.pdf');
    const annexDoc = await PDFDocument.load(new Uint8Array(await downloadedBytes(annexPdf)));
    expect(annexDoc.getTitle()).toBe('Annexe financière à la convention — exercice 2026');
    expect(annexDoc.getPageCount()).toBeGreaterThan(EXPECTED.details!.services.length + 1);
    expect(annexDoc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    await page
      .getByText(`annexe-convention-2026.pdf (${annexDoc.getPageCount()} pages)`, { exact: false })
      .waitFor();

    expect(pageErrors).toEqual([]);
    expect(chromium.blocked).toEqual([]);
    await page.close();
  });

  it('refuses a broken workbook: the problem is explained next to its cell and nothing is written', async () => {
    const page = await openPreview();
    await page.getByRole('button', { name: 'Charger un exemple erroné' }).click();
    await page.getByText('Exemple erroné.xlsx').waitFor();
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Données à corriger', { exact: true }).waitFor();

    expect(EXPECTED_BROKEN.status).toBe('invalid');
    const problems = page.getByRole('list', {
      name: `Problèmes (${EXPECTED_BROKEN.problems.length})`,
    });
    await expect(problems.getByRole('listitem').count()).resolves.toBe(
      EXPECTED_BROKEN.problems.length,
    );
    const item = problems
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Aller à la cellule Charges!E2' }) });
    const value = item.getByRole('textbox', {
      name: 'Charges, ligne 2, colonne Montant (cellule Charges!E2)',
    });
    await expect(value.inputValue()).resolves.toBe(BROKEN_AMOUNT);
    await expect(value.getAttribute('aria-invalid')).resolves.toBe('true');
    const message = (await item.locator('[id$="__validationMessage"]').textContent()) ?? '';
    expect(message).toContain(BROKEN_AMOUNT);

    await page.getByRole('tab', { name: 'Membres', exact: true }).click();
    await item.getByRole('button', { name: 'Aller à la cellule Charges!E2' }).click();
    await expect(
      page.getByRole('tab', { name: 'Charges', exact: true }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    const cell = page.locator('table.qp-grid[data-sheet="Charges"] td[data-cell="E2"]');
    await expect(cell.getAttribute('aria-current')).resolves.toBe('true');
    const note = cell.getByRole('note');
    // The pane sets the engine's message in French typography (’, no-break spaces); the grid shows it raw.
    expect(frenchTypography((await note.textContent()) ?? '')).toContain(message);
    await expect(page.locator('table.qp-grid td[aria-current="true"]').count()).resolves.toBe(1);

    await expect(
      page.getByRole('button', { name: 'Écrire les résultats' }).isDisabled(),
    ).resolves.toBe(true);
    expect((await sheetTabs(page)).filter((name) => name.startsWith('QP '))).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(chromium.blocked).toEqual([]);
    await page.close();
  });

  it('opens an .xlsx file chosen by the user (assets/sample.xlsx) with the xlsx reader, in the browser', async () => {
    const page = await openPreview('?exemple=vide');
    await page.getByText('Classeur1.xlsx').waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles(path.join(__dirname, '../../assets/sample.xlsx'));
    await page.getByText('sample.xlsx', { exact: true }).waitFor();
    await page.getByText(/^2026 · 14 membres · 10 services/).waitFor();
    await expect(inventoryCounts(page)).resolves.toContain('Membres : 14');
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    expect(await bodyRows(page, 'Par scénario')).toEqual(
      EXPECTED.summary.scenarios.map((line) => [
        line.scenario,
        formatDecimalFr(line.total, 2),
        String(line.losers),
      ]),
    );
    expect(pageErrors).toEqual([]);
    expect(chromium.blocked).toEqual([]);
    await page.close();
  });

  it('starts from a blank workbook: empty tables, or the sample written by the pane through the adapter', async () => {
    const page = await openPreview('?exemple=vide');
    await page.getByRole('button', { name: 'Créer les tables vides' }).click();
    await page
      .locator('#qp-setup-result')
      .filter({ hasText: /Tables créées sur les feuilles : Parametres, Membres/ })
      .waitFor();
    expect(await sheetTabs(page)).toEqual(
      expect.arrayContaining(['Parametres', 'Membres', 'Services', 'Charges']),
    );

    await page.getByRole('button', { name: 'Nouveau classeur vide' }).click();
    await page.locator('.qp-pane').getByRole('button', { name: 'Charger l’exemple' }).click();
    await page.getByRole('list', { name: 'Données trouvées' }).getByText('Membres : 14').waitFor();
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    expect(await bodyRows(page, 'Par scénario')).toEqual(
      EXPECTED.summary.scenarios.map((line) => [
        line.scenario,
        formatDecimalFr(line.total, 2),
        String(line.losers),
      ]),
    );
    expect(pageErrors).toEqual([]);
    expect(chromium.blocked).toEqual([]);
    await page.close();
  });

  it('opens the broken example from the URL (?exemple=erreur)', async () => {
    const page = await openPreview('?exemple=erreur');
    await page.getByText('Exemple erroné.xlsx').waitFor();
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByRole('button', { name: 'Aller à la cellule Charges!E2' }).waitFor();
    expect(chromium.blocked).toEqual([]);
    await page.close();
  });
});

/** axe-core's script, injected into a page by playwright. */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Where the e2e tests save their screenshots (git-ignored). */
const ARTIFACTS = path.join(__dirname, 'artifacts');

/** Waits until the page's running animations and transitions have ended (at most 2 s). */
async function animationsEnded(page: Page): Promise<void> {
  // A cancelled animation rejects its `finished`: that one has ended too.
  await page.evaluate(async () => {
    const ended = document.getAnimations().map((animation) =>
      animation.finished.then(
        () => undefined,
        () => undefined,
      ),
    );
    await Promise.race([Promise.all(ended), new Promise((resolve) => setTimeout(resolve, 2000))]);
  });
}

/** One axe-core run: each violation's id and its failing nodes (selector and summary). */
async function axeRun(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const url = new URL('/__axe/axe.min.js', page.url()).href;
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: AXE_SOURCE }),
  );
  await page.addScriptTag({ url });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map(
        (node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`,
      ),
    }));
  });
}

/**
 * The ids and node counts of axe-core's violations on the page once it has settled (failing
 * nodes logged with their selector and axe's summary). Colours read while an element fades
 * in are blends (seen once: #eeeeee on #4a8eca, a contrast of 3.01, right after « Calcul
 * terminé »): a color-contrast finding is measured again after a second, and only the second
 * measure counts — a real contrast defect is there both times. axe-core is injected as a
 * script of the page's own origin (answered by playwright), which the pane's
 * Content-Security-Policy (`script-src 'self'`) allows, unlike an inline script.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForTimeout(600);
  await animationsEnded(page);
  let violations = await axeRun(page);
  if (violations.some((violation) => violation.id === 'color-contrast')) {
    for (const node of violations.flatMap((v) => v.nodes))
      console.warn(`axe, première mesure : ${node}`);
    await page.waitForTimeout(1000);
    await animationsEnded(page);
    violations = await axeRun(page);
  }
  // The failing nodes go to the test log, so that a failure says which element to mend.
  for (const violation of violations)
    for (const node of violation.nodes) console.warn(`axe ${violation.id} ${node}`);
  return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

/** Names of the pane's buttons drawn as Fluent primary buttons (brand background). */
async function primaryButtons(page: Page): Promise<string[]> {
  // Fluent animates a button's background when its appearance changes: read it settled.
  await page.waitForTimeout(600);
  return page.locator('.qp-pane button').evaluateAll((buttons) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--colorBrandBackground)';
    document.querySelector('.fui-FluentProvider')?.append(probe);
    const brand = getComputedStyle(probe).color;
    probe.remove();
    return buttons
      .filter((button) => getComputedStyle(button).backgroundColor === brand)
      .map((button) => button.textContent ?? '');
  });
}

/** Top and bottom of a button, and whether it is fully inside the viewport. */
async function placeOf(page: Page, name: string): Promise<{ top: number; visible: boolean }> {
  return page.getByRole('button', { name, exact: true }).evaluate((element) => {
    const box = element.getBoundingClientRect();
    // In the viewport, and the element the user would click at its centre (not covered).
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const inView =
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= window.innerWidth;
    return { top: Math.round(box.top), visible: inView && hit !== null && element.contains(hit) };
  });
}

/** Whether nothing in the pane is wider than the pane (message bars wrap). */
async function paneFits(page: Page): Promise<boolean> {
  return page
    .locator('div.qp-pane')
    .evaluate((element) => element.scrollWidth <= element.clientWidth);
}

describe('task pane quality in Chromium', () => {
  it('has no axe-core violation in the five states: initial, computed, written, broken example, blank workbook', async () => {
    const page = await openPreview();
    const violations: Record<string, string[]> = {};
    violations.initial = await axeViolations(page);
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    violations.computed = await axeViolations(page);
    await page.getByRole('button', { name: 'Écrire les résultats' }).click();
    await page.getByText('Résultats écrits', { exact: true }).waitFor();
    violations.written = await axeViolations(page);
    await page.close();

    const broken = await openPreview('?exemple=erreur');
    await broken.getByRole('button', { name: 'Calculer', exact: true }).click();
    await broken.getByText('Données à corriger', { exact: true }).waitFor();
    violations.broken = await axeViolations(broken);
    await broken.close();

    const blank = await openPreview('?exemple=vide');
    violations.blank = await axeViolations(blank);
    await blank.getByRole('button', { name: 'Créer les tables vides' }).click();
    await blank.locator('#qp-setup-result').waitFor();
    violations.created = await axeViolations(blank);
    expect(await paneFits(blank)).toBe(true);
    await blank.close();
    expect(violations).toEqual({
      initial: [],
      computed: [],
      written: [],
      broken: [],
      blank: [],
      created: [],
    });
  });

  it('keeps the action of the moment in view at 320 px and at 1280×800, one primary button per view', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      const page = await openPreview();
      await page.setViewportSize(viewport);
      expect(await placeOf(page, 'Calculer')).toMatchObject({ visible: true });
      expect(await primaryButtons(page)).toEqual(['Calculer']);
      await page.getByRole('button', { name: 'Calculer', exact: true }).click();
      await page.getByText('Calcul terminé', { exact: true }).waitFor();
      expect(await placeOf(page, 'Écrire les résultats')).toMatchObject({ visible: true });
      expect(await primaryButtons(page)).toEqual(['Écrire les résultats']);
      if (viewport.width === 320) {
        // Under 700 px the pane is not squeezed: it takes its full height above the grid.
        const height = await page
          .locator('div.qp-pane')
          .evaluate((e) => e.getBoundingClientRect().height);
        expect(height).toBeGreaterThan(640);
      }
      // Amount headers sit over their figures (right-aligned).
      const edges = await page.getByRole('table', { name: 'Par scénario' }).evaluate((table) => {
        const header = table.querySelectorAll('thead th')[1]?.querySelector('button, div');
        const text = header?.lastChild;
        const range = document.createRange();
        if (text) range.selectNodeContents(text);
        const cell = table.querySelector('tbody tr td:nth-child(2)');
        return {
          header: Math.round(range.getBoundingClientRect().right),
          cell: Math.round(cell?.getBoundingClientRect().right ?? 0),
        };
      });
      expect(Math.abs(edges.header - edges.cell)).toBeLessThanOrEqual(12);
      await page.close();
    }
    const blank = await openPreview('?exemple=vide');
    expect(await primaryButtons(blank)).toEqual(['Créer les tables vides']);
    await blank.close();
  });

  it('refuses stale results after a cell changed, then "Recalculer puis écrire" writes fresh ones', async () => {
    const page = await openPreview();
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Charges', exact: true }).click();
    await page.locator('table.qp-grid[data-sheet="Charges"] td[data-cell="E15"]').click();
    await page.locator('#qp-formula-input').fill('999999');
    await page.locator('#qp-formula-input').press('Enter');
    const stale = page.getByText('Résultats périmés', { exact: true });
    await stale.waitFor();
    await expect(
      page
        .locator('.qp-pane')
        .getByText(/Le classeur a changé depuis le calcul \(table «\s*Charges\s*»\)/)
        .count(),
    ).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Écrire les résultats' }).count()).resolves.toBe(
      0,
    );
    expect((await sheetTabs(page)).filter((name) => name.startsWith('QP '))).toEqual([]);
    await page.getByRole('button', { name: 'Recalculer puis écrire' }).click();
    await page.getByText('Résultats écrits', { exact: true }).waitFor();
    expect(await sheetTabs(page)).toContain('QP Contrôles');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps the member annex, rewritten, when the results are written again, and says so', async () => {
    const page = await openPreview();
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Écrire les résultats' }).click();
    await page.getByText('Résultats écrits', { exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Membre' }).click();
    await page.getByRole('option', { name: 'Pontvieux', exact: true }).click();
    await page.getByRole('button', { name: 'Écrire l’annexe du membre' }).click();
    await page.getByText('Annexe écrite', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Écrire les résultats' }).click();
    const written = page.locator('#qp-write-result');
    await written.getByText('Résultats écrits', { exact: true }).waitFor();
    await expect(written.textContent()).resolves.toMatch(
      /Remplacées : .*«\sQP Annexe membre\s».*L’annexe de «\sPontvieux\s» \(«\sQP Annexe membre\s»\) a été réécrite/,
    );
    expect(await sheetTabs(page)).toContain('QP Annexe membre');
    await page.close();
  });

  it('draws the scenario chart in the pane and lists the members who lose', async () => {
    const page = await openPreview();
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    const chart = page.getByRole('img', { name: /^Écart par membre, scénario/ });
    const drawn = await chart.evaluate(
      (svg) => [...svg.querySelectorAll('rect')].filter((rect) => rect.getBBox().width > 0).length,
    );
    expect(drawn).toBeGreaterThan(0);
    const scenario = EXPECTED.summary.scenarios[1];
    expect(scenario).toBeDefined();
    await expect(
      page.getByRole('list', { name: 'Membres qui paient plus' }).getByRole('listitem').count(),
    ).resolves.toBe(scenario!.losers);
    await page.close();
  });

  it('follows the dark Office theme (screenshot saved in test/e2e/artifacts)', async () => {
    const page = await openPreview('?theme=sombre');
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    await page.getByText('Calcul terminé', { exact: true }).waitFor();
    const background = await page
      .locator('.qp-pane main')
      .evaluate((main) => getComputedStyle(main).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page
      .locator('div.qp-pane')
      .screenshot({ path: path.join(ARTIFACTS, 'volet-theme-sombre.png') });
    expect(fs.statSync(path.join(ARTIFACTS, 'volet-theme-sombre.png')).size).toBeGreaterThan(1000);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches to the dark theme live when Office fires OfficeThemeChanged in the real taskpane.html', async () => {
    // A context of its own: the CDN answered by a stand-in office.js, nothing else leaves.
    const context = await chromium.browser.newContext({ locale: 'fr-FR' });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1'
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    await serveFakeOfficeJs(context);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: 'Calculer', exact: true }).waitFor();
    // The real page at the pane's narrowest: the primary action in view without scrolling.
    expect(await placeOf(page, 'Calculer')).toMatchObject({ visible: true });
    const pane = page.locator('.fui-FluentProvider').first();
    /** Sum of the red, green and blue of the pane's background (765 white, 0 black). */
    const brightness = () =>
      pane.evaluate((root) => {
        const [r = 0, g = 0, b = 0] = (getComputedStyle(root).backgroundColor.match(/\d+/g) ?? [])
          .slice(0, 3)
          .map(Number);
        return r + g + b;
      });
    const themeOf = () => page.evaluate(() => document.body.dataset.theme);
    expect(await brightness()).toBeGreaterThan(600);
    expect(await themeOf()).toBe('light');
    await page.waitForFunction(
      () =>
        (window as unknown as { __qpOfficeThemeHandlers(): number }).__qpOfficeThemeHandlers() > 0,
    );
    await page.evaluate(
      (colors) =>
        (window as unknown as { __qpSetOfficeTheme(c: object): void }).__qpSetOfficeTheme(colors),
      OFFICE_THEMES.dark,
    );
    await page.locator('.fui-FluentProvider[data-theme="dark"]').waitFor();
    expect(await themeOf()).toBe('dark');
    expect(await brightness()).toBeLessThan(200);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const shot = path.join(ARTIFACTS, 'volet-theme-sombre-en-direct.png');
    await pane.screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(1000);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(
      (colors) =>
        (window as unknown as { __qpSetOfficeTheme(c: object): void }).__qpSetOfficeTheme(colors),
      OFFICE_THEMES.light,
    );
    await page.locator('.fui-FluentProvider[data-theme="light"]').waitFor();
    expect(await themeOf()).toBe('light');
    expect(await brightness()).toBeGreaterThan(600);
    await context.close();
  });

  it('shows a styled message, never an endless spinner, when office.js cannot load', async () => {
    // A context of its own: office.js is blocked like any request outside 127.0.0.1.
    const context = await chromium.browser.newContext({ locale: 'fr-FR' });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1'
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await page.goto(`${server.url}taskpane.html`);
    const alert = page.getByRole('alert').filter({ hasText: 'office.js' });
    await alert.waitFor();
    await expect(alert.evaluate((p) => getComputedStyle(p).borderLeftWidth)).resolves.toBe('4px');
    await expect(page.getByText('Chargement de QuotePart…').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('has no axe-core violation on the real taskpane.html opened outside Excel', async () => {
    const page = await chromium.context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    await serveOfficeJsFromNpm(chromium.context);
    await page.goto(`${server.url}taskpane.html`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'QuotePart est un complément Excel' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

// Custom functions: the preview registers them through the built functions file (the
// associate calls appended by custom-functions-metadata-plugin) and its grid evaluates them.
/** Types `text` into a cell through the formula bar, as a user would. */
async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`td[data-cell="${address}"]`).click();
  await page.getByLabel(`Cellule Feuil1!${address}`).fill(text);
  await page.getByRole('button', { name: 'Valider' }).click();
}

/** What the grid shows in a cell. */
const shown = (page: Page, address: string) =>
  page.locator(`td[data-cell="${address}"]`).innerText();

/** A number as the grid shows it (French decimal comma, no grouping in General format). */
const french = (value: number) => String(value).replace('.', ',');

describe('custom functions in the preview', () => {
  it('evaluates =QUOTEPART.REPARTIR in a formula cell through the registered function', async () => {
    const before = chromium.blocked.length;
    const page = await chromium.context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}preview.html?exemple=vide`);
    await page.locator('td[data-cell="A1"]').waitFor();

    // The functions file registered the four functions in the page's CustomFunctions.
    expect(
      await page.evaluate(() => [
        ...(
          window as unknown as { CustomFunctions: { mappings: Map<string, unknown> } }
        ).CustomFunctions.mappings.keys(),
      ]),
    ).toEqual(['REPARTIR', 'REPARTIR.CLE', 'PART', 'PALIERS']);

    const weights = [1, 1, 1];
    await typeInCell(page, 'A1', '100');
    for (const [i, w] of weights.entries()) await typeInCell(page, `A${i + 2}`, String(w));
    await typeInCell(page, 'B2', '=QUOTEPART.REPARTIR(A1;A2:A4)');
    const expected = (ws: number[]) => {
      const result = repartir(
        100,
        ws.map((w) => [w]),
      );
      if (!result.ok) throw new Error(result.error.message);
      return result.values.map(([v]) => french(v as number));
    };
    await page.locator('td[data-cell="B4"]').filter({ hasText: /\d/ }).waitFor();
    expect(await Promise.all(['B2', 'B3', 'B4'].map((a) => shown(page, a)))).toEqual(
      expected(weights),
    );
    expect(expected(weights)).toEqual(['33,34', '33,33', '33,33']);
    // The formula bar shows the formula, not its value.
    await page.locator('td[data-cell="B2"]').click();
    await expect(page.getByLabel('Cellule Feuil1!B2').inputValue()).resolves.toBe(
      '=QUOTEPART.REPARTIR(A1;A2:A4)',
    );

    // Editing a weight recalculates, as Excel does.
    await typeInCell(page, 'A4', '2');
    await page.locator('td[data-cell="B4"]').filter({ hasText: '50' }).waitFor();
    expect(await Promise.all(['B2', 'B3', 'B4'].map((a) => shown(page, a)))).toEqual(
      expected([1, 1, 2]),
    );

    // A blank weight: #VALEUR! in the cell, the French message beside the formula bar.
    await typeInCell(page, 'A3', '');
    await page.locator('td[data-cell="B2"]').filter({ hasText: '#VALEUR!' }).waitFor();
    expect(await shown(page, 'B3')).toBe('');
    await page.locator('td[data-cell="B2"]').click();
    await expect(
      page.getByRole('status').filter({ hasText: '« poids »' }).innerText(),
    ).resolves.toBe('« poids » (valeur n° 2) est vide : écrivez 0 ou un poids positif.');

    expect(errors).toEqual([]);
    expect(chromium.blocked.slice(before)).toEqual([]);
    await page.close();
  });
});
