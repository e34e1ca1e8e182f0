/**
 * The HTML report of the sample rendered in real Chromium (Debian's, driven by
 * playwright-core): every SVG chart is drawn with a non-zero size and visible shapes, the
 * tables show the result tables' figures, the print layout puts each annex on its own A4
 * landscape page with repeated table headers, and no request of any kind is made.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`): fails, never skips, without it.
 */
import * as fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildReport } from '../../../src/engine';
import { displayCell } from '../../../src/engine/annex/frenchText';
import { runSample } from '../annex/support/runSample';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const outcome = runSample();
const services = outcome.details!.services;
const html = buildReport(outcome, { member: 'Pontvieux' });

let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium introuvable à ${CHROMIUM} : installez-le avec « apt-get install -y chromium ». Ce test ne se saute pas.`,
    );
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
  });
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.blockedURI}`),
    );
  });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.setContent(html, { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('report in Chromium', () => {
  test('every chart is an SVG with a non-zero box and visible shapes', async () => {
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const shapes = [...svg.querySelectorAll('.bar, .slice')].map((s) =>
          (s as SVGGraphicsElement).getBBox(),
        );
        return {
          id: svg.getAttribute('aria-labelledby'),
          width: box.width,
          height: box.height,
          shapes: shapes.length,
          drawn: shapes.filter((b) => b.width > 0 && b.height > 0).length,
        };
      }),
    );
    // comparison, evolution (Historique), one per service annex, two member annexes
    expect(charts).toHaveLength(2 + services.length + 2);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(300);
      expect(c.height).toBeGreaterThan(50);
      expect(c.drawn).toBeGreaterThan(0);
    }
    const comparison = charts.find((c) => c.id === 'chart-comparaison-title')!;
    const members = new Set(outcome.json.comparison.map((c) => c.member)).size;
    expect(comparison.shapes).toBe(members * outcome.details!.scenarios.length);
  });

  test('the split tables show the result tables’ quote-parts and billed amounts', async () => {
    for (const [k, s] of services.entries()) {
      const table = await page.$eval(`#annexe-service-${k + 1}-Repartition`, (t) => {
        const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
        const rows = [...t.querySelectorAll('tr')].filter(
          (tr) => tr.parentElement?.tagName === 'TBODY' && !tr.classList.contains('detail'),
        );
        return {
          headers,
          rows: rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        };
      });
      const col = (h: string) => table.rows.map((r) => r[table.headers.indexOf(h)]);
      const expected = outcome.json.quoteParts.filter(
        (q) => q.scenario === 'Référence' && q.service === s.name,
      );
      expect(col('Membre')).toEqual(expected.map((q) => q.member));
      expect(col('Quote-part')).toEqual(expected.map((q) => displayCell(q.quotePart, 'euro')));
      expect(col('Montant facturé')).toEqual(expected.map((q) => displayCell(q.billed, 'euro')));
    }
  });

  test('the member annex lists its titres with the result amounts', async () => {
    const amounts = await page.$$eval(
      '#annexe-membre-Titres tbody.row-group > tr:first-child',
      (rows) => rows.map((r) => r.children[6]?.textContent ?? ''),
    );
    expect(amounts).toEqual(
      outcome.json.titres
        .filter((t) => t.debtor === 'Pontvieux')
        .map((t) => displayCell(t.amount, 'euro')),
    );
  });

  test('print layout: a page per annex, headers repeated, A4 landscape PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('section.annex, section.comparison', (sections) =>
      sections.map((s) => getComputedStyle(s).breakBefore),
    );
    expect(breaks).toEqual(Array(services.length + 3).fill('page'));
    const heads = await page.$$eval('thead', (t) => [
      ...new Set(t.map((x) => getComputedStyle(x).display)),
    ]);
    expect(heads).toEqual(['table-header-group']);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(services.length + 3);
    const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
    expect(Number(box?.[1])).toBeCloseTo(842, -1);
    expect(Number(box?.[2])).toBeCloseTo(595, -1);
  }, 60_000);

  test('no request, no CSP violation, no error', () => {
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
