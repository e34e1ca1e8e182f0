/**
 * The HTML report as text: self-contained (no script, no external URL, a CSP that forbids
 * any fetch), French, printable (A4 pages, a page per annex), one SVG chart per service
 * split plus the scenario comparison, names escaped. Rendering is checked in Chromium
 * (reportInChromium.test.ts).
 */
import { buildReport, buildHtmlReport, OutcomeUseError } from '../../../src/engine';
import { SAMPLE_TABLES } from '../../../src/workbook/sample/sampleData';
import { renameEverywhere, runSample } from '../annex/support/runSample';

const outcome = runSample();
const html = buildReport(outcome);

describe('HTML report', () => {
  test('is one French HTML document with an inline stylesheet and a CSP forbidding any fetch', () => {
    expect(buildReport).toBe(buildHtmlReport);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).toContain('thead { display: table-header-group; }');
  });

  test('references nothing outside itself', () => {
    expect(html).not.toMatch(/<script|<link|<iframe|<img|<object|@import|url\(|\bsrc=/i);
    const urls = html.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  test('one annex section per service on its own page, the comparison chart and one chart per service', () => {
    const services = outcome.details!.services;
    services.forEach((s, k) => {
      expect(html).toContain(`<section class="annex page" id="annexe-service-${k + 1}">`);
      expect(html).toContain(
        `Annexe financière — ${s.name.replace(/'/g, '&#39;')} — exercice 2026`,
      );
    });
    // The comparison chart, the evolution chart (§6.5), one per service.
    expect((html.match(/<svg /g) ?? []).length).toBe(2 + services.length);
    expect(html).toContain('id="chart-evolution-title"');
    expect(html).toContain('id="chart-comparaison-title"');
    expect(html).not.toContain('id="annexe-membre"');
  });

  test('with a member: its annex and its two charts are added', () => {
    const withMember = buildReport(outcome, { member: 'le puy-marin' });
    expect(withMember).toContain('<section class="annex page" id="annexe-membre">');
    expect(withMember).toContain('Annexe financière — Le Puy-Marin — exercice 2026');
    expect((withMember.match(/<svg /g) ?? []).length).toBe(
      2 + outcome.details!.services.length + 2,
    );
  });

  test('misuse throws OutcomeUseError', () => {
    expect(() => buildReport(outcome, { member: 'Puy' })).toThrow(OutcomeUseError);
    expect(() => buildReport({ ...outcome, status: 'invalid' })).toThrow(OutcomeUseError);
  });

  test('names are escaped in text, attributes and SVG', () => {
    const odd = 'Vaudrey <b>&</b> "Les Prés"';
    const report = buildReport(runSample(renameEverywhere(SAMPLE_TABLES, 'Vaudrey', odd)));
    expect(report).not.toContain('<b>');
    expect(report).toContain('Vaudrey &lt;b&gt;&amp;&lt;/b&gt; &quot;Les Prés&quot;');
  });
});
